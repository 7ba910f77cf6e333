DAY = "2022-05-20"
SENTS = [
 ("India has extended a further $1 billion credit line to Sri Lanka for food, medicine and fuel, bringing its assistance this year to more than $3 billion.", ["IND SUPPORTS LKA"], []),
 ("Sri Lanka defaulted on its foreign debt this week for the first time since independence.", [], []),
 ("China, Sri Lanka's biggest bilateral lender, has offered a smaller emergency loan but has not agreed to restructure its debt.", ["CHN SUPPORTS LKA"], []),
 ("New Delhi sees the crisis as a chance to regain influence on the island, where Beijing has built a port at Hambantota that it leases for 99 years.", [], ["CHN TRADES_WITH LKA"]),
 ("The new prime minister, Ranil Wickremesinghe, thanked India for its help and said talks with the International Monetary Fund were progressing.", [], ["person:ranil-wickremesinghe LEADS LKA", "person:ranil-wickremesinghe SUPPORTS IND"]),
]
