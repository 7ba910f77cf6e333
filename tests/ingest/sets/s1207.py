DAY = "2025-08-28"
SENTS = [
 ("Denmark summoned the top US diplomat in Copenhagen after reports that Americans with ties to Trump had carried out covert influence operations in Greenland.", ["DNK CONDEMNS USA"]),
 ("Foreign Minister Lars Løkke Rasmussen said any interference in the internal affairs of the kingdom would be unacceptable.", [], []),
 ("Trump has repeatedly said the United States should take control of Greenland and has not ruled out the use of force.", [], []),
 ("Copenhagen announced a 1.5 billion dollar package to strengthen its military presence in the Arctic.", [], []),
 ("The US already operates the Pituffik Space Base in northern Greenland under a 1951 defence agreement with Denmark.", ["USA ALLIED_WITH DNK"], ["USA DEPLOYS_TROOPS DNK"]),
]
