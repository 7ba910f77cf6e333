DAY = "1962-05-16"
SENTS = [
 ("President Kennedy ordered some 4,000 American soldiers and marines to Thailand on Tuesday after Pathet Lao forces routed the Royal Laotian army at Nam Tha.", ["USA DEPLOYS_TROOPS THA"], ["person:john-f-kennedy LEADS USA"]),
 ("Marines from ships of the Seventh Fleet in the Gulf of Siam began coming ashore at Bangkok.", [], ["USA DEPLOYS_TROOPS THA"]),
 ("Thailand's Prime Minister, Field Marshal Sarit Thanarat, had asked for the troops under the Southeast Asia Treaty.", ["person:sarit-thanarat LEADS THA"], []),
 ("The Soviet news agency Tass charged that the American landings prepared the way for aggression in Laos.", ["SUN CONDEMNS USA"], ["USA DEPLOYS_TROOPS LAO"]),
 ("Soviet transport planes have been flying supplies to the Pathet Lao since late 1960.", [], []),
]
