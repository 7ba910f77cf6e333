DAY = "1989-04-05"
SENTS = [
 ("President Fidel Castro embraced Mikhail Gorbachev on the tarmac of Jose Marti airport on Sunday as the Kremlin chief began three days in Havana.", ["person:mikhail-gorbachev MEETS CUB", "person:mikhail-gorbachev MEETS person:fidel-castro"], ["person:mikhail-gorbachev LEADS SUN", "person:fidel-castro LEADS CUB", "SUN MEETS CUB"]),
 ("The two leaders signed a 25-year treaty of friendship on Tuesday, though Mr. Castro made clear that Cuba would not follow Moscow down the path of reform.", [], ["person:mikhail-gorbachev MEETS person:fidel-castro", "SUN SUPPORTS CUB", "CUB SUPPORTS SUN", "CUB ALLIED_WITH SUN"]),
 ("Moscow gives Cuba about $5 billion a year in aid and cheap oil, and buys most of its sugar.", ["SUN SUPPORTS CUB", "SUN TRADES_WITH CUB"], []),
 ("Addressing Cuban deputies, the Soviet leader ruled out exporting revolution and said he would press Washington to stop arming the Contras.", [], ["person:mikhail-gorbachev CONDEMNS USA"]),
 ("Mr. Gorbachev was due in London on Wednesday evening, where Margaret Thatcher will give him dinner at Downing Street.", [], ["person:mikhail-gorbachev MEETS GBR", "person:mikhail-gorbachev MEETS person:margaret-thatcher"]),
]
