DAY = "2015-12-25"
SENTS = [
 ("Narendra Modi made a surprise stop in Lahore on Friday on his way back from Afghanistan, the first visit by an Indian prime minister to Pakistan in more than a decade.", ["person:narendra-modi MEETS PAK"], ["person:narendra-modi MEETS AFG", "person:narendra-modi LEADS IND"]),
 ("Nawaz Sharif greeted Modi at the airport and the two leaders flew by helicopter to Sharif's family estate.", ["person:nawaz-sharif MEETS person:narendra-modi"], []),
 ("Modi had earlier inaugurated a new parliament building in Kabul that India built for about $90 million.", ["IND SUPPORTS AFG"], ["person:narendra-modi MEETS AFG"]),
 ("India accuses Pakistan of backing militants who attack Indian forces in Kashmir.", ["IND CONDEMNS PAK"], []),
 ("The two countries have fought three wars since independence in 1947.", [], ["IND ATTACKS PAK", "PAK ATTACKS IND"]),
]
