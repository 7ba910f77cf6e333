DAY = "1964-02-07"
SENTS = [
 ("Premier Fidel Castro cut off the water supply to the American naval base at Guantanamo Bay today in retaliation for the seizure of four Cuban fishing boats off Florida.", ["CUB SANCTIONS USA"], ["person:fidel-castro LEADS CUB", "USA DEPLOYS_TROOPS CUB", "person:fidel-castro CONDEMNS USA"]),
 ("The base, which Washington has held under a treaty since 1903, has water for about two weeks in its tanks.", [], []),
 ("The Coast Guard detained the 38 fishermen for fishing in American waters.", [], []),
 ("The State Department called the cutoff a provocation and said the base would be made self-sufficient.", [], ["USA CONDEMNS CUB"]),
 ("The Soviet Union accused the United States of piracy on the high seas.", ["SUN CONDEMNS USA"], []),
]
