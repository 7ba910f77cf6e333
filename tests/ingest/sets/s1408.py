DAY = "2018-07-10"
SENTS = [
 ("Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed a declaration in Asmara on Monday ending two decades of hostility.", ["person:abiy-ahmed LEADS ETH", "person:isaias-afwerki LEADS ERI", "person:abiy-ahmed MEETS ERI"], ["person:abiy-ahmed MEETS person:isaias-afwerki"]),
 ("The two countries fought a border war from 1998 to 2000 that killed some 80,000 people.", ["ETH ATTACKS ERI", "ERI ATTACKS ETH"], []),
 ("Abiy had accepted a 2002 boundary ruling that awarded the disputed town of Badme to Eritrea.", [], []),
 ("Ethiopian Airlines will resume flights to Asmara next week.", [], []),
 ("The United Arab Emirates, which has a military base in the Eritrean port of Assab, helped broker the rapprochement.", ["ARE DEPLOYS_TROOPS ERI"], []),
]
