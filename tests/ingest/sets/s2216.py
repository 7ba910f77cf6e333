DAY = "1985-03-11"
SENTS = [
 ("Konstantin Chernenko, the Soviet leader, died on Sunday at 73 after a long illness, and Mikhail Gorbachev was named general secretary of the Communist Party within hours.", ["person:konstantin-chernenko LEADS SUN"], ["person:mikhail-gorbachev LEADS SUN"]),
 ("Vice President George Bush will lead the American delegation to the funeral, and Prime Minister Margaret Thatcher will also attend.", [], ["person:margaret-thatcher LEADS GBR", "person:george-h-w-bush MEETS SUN", "person:margaret-thatcher MEETS SUN"]),
 ("President Reagan said he was ready to meet the new Soviet leader.", [], ["person:ronald-reagan LEADS USA", "person:ronald-reagan MEETS person:mikhail-gorbachev"]),
 ("Gorbachev, 54, impressed Thatcher when he visited London in December.", ["person:mikhail-gorbachev MEETS GBR"], ["person:margaret-thatcher MEETS person:mikhail-gorbachev"]),
 ("American and Soviet negotiators resume arms talks in Geneva on Tuesday.", [], ["USA MEETS SUN"]),
]
