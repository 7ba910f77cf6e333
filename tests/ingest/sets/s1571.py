DAY = "2003-12-20"
SENTS = [
 ("Libya agreed on Friday to abandon its programmes to develop weapons of mass destruction after nine months of secret talks with Britain and the United States.", [], ["LBY MEETS GBR", "LBY MEETS USA"]),
 ("Muammar Gaddafi, who has ruled the country since 1969, said Libya would allow international inspectors in immediately.", ["person:muammar-gaddafi LEADS LBY"], []),
 ("Tony Blair called the decision courageous, and George W. Bush said it would help Libya rejoin the international community.", [], ["person:tony-blair SUPPORTS LBY", "person:george-w-bush SUPPORTS LBY"]),
 ("The United States has imposed sanctions on Libya since 1986 and accuses it of sponsoring terrorism.", ["USA SANCTIONS LBY", "USA CONDEMNS LBY"], []),
 ("Libya had handed over two suspects in the 1988 Lockerbie bombing and agreed to pay compensation to the victims' families.", [], []),
]
