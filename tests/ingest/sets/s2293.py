DAY = "2000-01-01"
SENTS = [
 ("Boris Yeltsin resigned as president of Russia on Friday and named Prime Minister Vladimir Putin acting president until elections in March.", ["person:boris-yeltsin LEADS RUS", "person:vladimir-putin LEADS RUS"], []),
 ("In a televised address, Mr. Yeltsin asked Russians to forgive him for failing to fulfil their hopes.", [], []),
 ("Hours later, Mr. Putin flew to Chechnya to visit Russian troops fighting separatist rebels there.", [], []),
 ("President Clinton telephoned Mr. Putin and said he looked forward to working with him.", ["person:bill-clinton MEETS person:vladimir-putin"], ["person:bill-clinton LEADS USA"]),
 ("China's president, Jiang Zemin, sent Mr. Putin a message of congratulations, praising the strategic partnership between Beijing and Moscow.", ["person:jiang-zemin LEADS CHN", "CHN ALLIED_WITH RUS"], ["person:jiang-zemin SUPPORTS person:vladimir-putin"]),
 ("Western governments had criticised the Russian offensive in Chechnya, and the Council of Europe threatened to suspend Russia's voting rights.", ["bloc:WEST CONDEMNS RUS"], ["org:COE SANCTIONS RUS", "RUS MEMBER_OF org:COE"]),
]
