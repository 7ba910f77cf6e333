DAY = "1995-02-10"
SENTS = [
 ("President Fidel Ramos said on Wednesday that China had built structures on Mischief Reef, an atoll claimed by the Philippines in the Spratly Islands, and that Chinese warships had been seen nearby.", [], ["person:fidel-ramos CONDEMNS CHN", "person:fidel-ramos LEADS PHL"]),
 ("Manila protested to Beijing and sent reconnaissance planes over the reef.", ["PHL CONDEMNS CHN"], []),
 ("China said the buildings were shelters for fishermen and that the reef was Chinese territory.", [], []),
 ("The Association of Southeast Asian Nations expressed concern, and the United States, which has a defence treaty with the Philippines, said it took no position on the rival claims.", ["USA ALLIED_WITH PHL"], ["org:ASEAN CONDEMNS CHN"]),
]
