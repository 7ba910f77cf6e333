DAY = "1997-10-15"
SENTS = [
 ("Forces loyal to former President Denis Sassou Nguesso took control of Brazzaville on Wednesday with the help of Angolan troops and tanks, ending four months of civil war.", ["AGO DEPLOYS_TROOPS COG"], ["AGO SUPPORTS person:denis-sassou-nguesso"]),
 ("President Pascal Lissouba fled the capital.", [], []),
 ("Angola said it had intervened because Lissouba's government had allowed UNITA rebels to use Congolese territory.", [], ["AGO CONDEMNS COG", "AGO DEPLOYS_TROOPS COG", "AGO CONDEMNS person:pascal-lissouba"]),
 ("Angolan warplanes had bombed Pointe-Noire and Dolisie, the two main towns in the south, earlier this week.", [], ["AGO ATTACKS COG"]),
 ("France, which kept about 1,000 soldiers in Brazzaville during the fighting, said it would not intervene.", ["FRA DEPLOYS_TROOPS COG"], []),
]
