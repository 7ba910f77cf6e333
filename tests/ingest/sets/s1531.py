DAY = "2022-11-04"
SENTS = [
 ("Olaf Scholz became the first G7 leader to visit China since the pandemic, holding talks with Xi Jinping in Beijing on Friday.", ["person:olaf-scholz MEETS person:xi-jinping", "person:olaf-scholz MEETS CHN"], ["person:olaf-scholz LEADS DEU"]),
 ("The German chancellor said he and Xi agreed that the use of nuclear weapons in Ukraine was unacceptable.", ["person:olaf-scholz LEADS DEU"], ["person:olaf-scholz MEETS person:xi-jinping"]),
 ("Scholz was accompanied by executives from Volkswagen, BASF and Siemens, and China is Germany's largest trading partner.", ["CHN TRADES_WITH DEU"], []),
 ("Critics at home, including members of his own coalition, said the trip sent the wrong signal while Beijing refused to condemn Russia's invasion.", [], ["RUS ATTACKS UKR"]),
 ("Days earlier, Scholz had approved a Chinese state shipping company's purchase of a stake in a Hamburg port terminal.", [], ["CHN TRADES_WITH DEU"]),
]
