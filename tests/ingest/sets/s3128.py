DAY = "1982-12-17"
SENTS = [
 ("The Netherlands suspended its development aid to Suriname on Thursday after soldiers loyal to Lieutenant-Colonel Desi Bouterse killed fifteen opponents of the military government in Paramaribo.", [], ["NLD SANCTIONS SUR", "NLD CONDEMNS person:desi-bouterse"]),
 ("The Dutch government called the killings a grave violation of human rights and said it would not resume the aid until the rule of law was restored.", [], ["NLD CONDEMNS SUR"]),
 ("The aid, about 100 million dollars a year, was promised when the former colony became independent in 1975 and makes up most of the country's budget.", [], ["NLD SUPPORTS SUR"]),
 ("Colonel Bouterse said the victims had been shot while trying to escape after plotting a coup with the help of foreign mercenaries.", [], []),
 ("The United States also froze its small aid programme, and Brazil offered the regime economic help on condition that it keep its distance from Cuba.", [], ["USA SANCTIONS SUR", "BRA SUPPORTS SUR"]),
]
