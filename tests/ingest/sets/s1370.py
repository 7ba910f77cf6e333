DAY = "2020-06-17"
SENTS = [
 ("Twenty Indian soldiers were killed in a clash with Chinese troops in the Galwan Valley on Monday night, the deadliest fighting on the disputed border in decades.", ["CHN ATTACKS IND", "IND ATTACKS CHN"], []),
 ("Beijing accused Indian troops of crossing the Line of Actual Control twice and provoking attacks on Chinese personnel.", ["CHN CONDEMNS IND"], ["IND ATTACKS CHN"]),
 ("Prime Minister Narendra Modi said India wanted peace but would give a fitting reply if provoked.", [], ["person:narendra-modi LEADS IND"]),
 ("New Delhi later banned 59 Chinese apps, including TikTok, citing threats to national security.", [], ["IND SANCTIONS CHN"]),
 ("The United States, which has deepened defence ties with India through the Quad, said it was closely monitoring the situation.", ["USA ALLIED_WITH IND"], ["USA MEMBER_OF org:QUAD", "IND MEMBER_OF org:QUAD"]),
]
