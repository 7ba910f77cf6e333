DAY = "1989-05-16"
SENTS = [
 ("Mikhail Gorbachev arrived in Beijing on Monday for the first Sino-Soviet summit in thirty years.", ["person:mikhail-gorbachev MEETS CHN"], ["SUN MEETS CHN", "person:mikhail-gorbachev LEADS SUN"]),
 ("Hundreds of thousands of students demonstrating for democracy in Tiananmen Square forced the Chinese government to move the welcoming ceremony to the airport.", [], []),
 ("Gorbachev will meet Deng Xiaoping on Tuesday to formally end the rift between the two Communist powers.", [], ["person:mikhail-gorbachev MEETS person:deng-xiaoping"]),
 ("President Yang Shangkun greeted Gorbachev at the airport.", ["person:yang-shangkun MEETS person:mikhail-gorbachev"], ["person:yang-shangkun LEADS CHN"]),
 ("Moscow has withdrawn troops from Afghanistan and Mongolia, two of China's conditions for normal relations.", [], ["SUN DEPLOYS_TROOPS AFG", "SUN DEPLOYS_TROOPS MNG"]),
]
