DAY = "1978-04-30"
SENTS = [
 ("Afghanistan's new rulers said on Sunday that President Mohammad Daoud had been killed when army units loyal to the leftist People's Democratic Party stormed the presidential palace in Kabul.", [], ["person:mohammed-daoud-khan LEADS AFG"]),
 ("Nur Mohammad Taraki, a 61-year-old writer, was named president of the Revolutionary Council and prime minister of the new Democratic Republic of Afghanistan.", ["person:nur-mohammad-taraki LEADS AFG"], []),
 ("The Soviet Union became the first country to recognize the new government, and Bulgaria, Czechoslovakia and Cuba followed within a day.", [], ["SUN SUPPORTS AFG", "BGR SUPPORTS AFG", "CSK SUPPORTS AFG", "CUB SUPPORTS AFG"]),
 ("Pakistan's military ruler, General Mohammad Zia ul-Haq, ordered his troops along the Afghan border on alert.", ["person:muhammad-zia-ul-haq LEADS PAK"], []),
]
