DAY = "2018-07-09"
SENTS = [
 ("Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki declared an end to the state of war between their countries at a summit in Asmara on Monday.", ["person:abiy-ahmed LEADS ETH", "person:isaias-afwerki LEADS ERI", "person:abiy-ahmed MEETS person:isaias-afwerki", "person:abiy-ahmed MEETS ERI"], ["ETH ATTACKS ERI", "ERI ATTACKS ETH"]),
 ("The two countries agreed to reopen embassies, restore flights and allow Ethiopia to use Eritrea's ports.", [], ["ETH TRADES_WITH ERI"]),
 ("They fought a border war from 1998 to 2000 that killed about 80,000 people.", [], ["ETH ATTACKS ERI", "ERI ATTACKS ETH"]),
 ("The United Nations and the African Union welcomed the agreement.", [], []),
 ("Saudi Arabia and the United Arab Emirates, which have courted both countries, helped broker the rapprochement.", [], ["SAU SUPPORTS ETH", "ARE SUPPORTS ETH"]),
]
