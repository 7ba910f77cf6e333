DAY = "2019-02-15"
SENTS = [
 ("A suicide bomber rammed a car packed with explosives into a bus carrying Indian paramilitary police in Kashmir's Pulwama district on Thursday, killing at least 40.", [], []),
 ("The Pakistan-based militant group Jaish-e-Mohammed claimed responsibility for the attack.", [], []),
 ("Prime Minister Narendra Modi said the security forces had been given a free hand and warned Pakistan that it would pay a heavy price.", [], ["person:narendra-modi CONDEMNS PAK", "person:narendra-modi LEADS IND"]),
 ("India withdrew Pakistan's most-favoured-nation trade status and said it would work to isolate its neighbour diplomatically.", ["IND SANCTIONS PAK"], ["IND TRADES_WITH PAK"]),
 ("Pakistan denied any role and said India was blaming it without evidence.", [], ["PAK CONDEMNS IND"]),
 ("The United States urged Pakistan to end the support and safe haven it gives to terrorist groups.", ["USA CONDEMNS PAK"], []),
]
