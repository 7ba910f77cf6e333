DAY = "2021-08-10"
SENTS = [
 ("China recalled its ambassador to Lithuania on Tuesday and demanded that Vilnius withdraw its envoy from Beijing, after Lithuania allowed Taiwan to open a representative office under its own name.", [], ["LTU SUPPORTS TWN", "CHN CONDEMNS LTU"]),
 ("The foreign ministry in Beijing said the decision severely undermined China's sovereignty and territorial integrity.", [], ["CHN CONDEMNS LTU"]),
 ("Lithuania, a member of the European Union and NATO, said it regretted China's decision but was determined to develop ties with Taiwan.", ["LTU MEMBER_OF org:EU", "LTU MEMBER_OF org:NATO"], ["LTU CONDEMNS CHN"]),
 ("Beijing has already suspended rail freight services to Lithuania and stopped issuing food export permits.", ["CHN SANCTIONS LTU"], []),
 ("The United States said it stood in solidarity with Lithuania, its NATO ally.", ["USA SUPPORTS LTU", "USA ALLIED_WITH LTU"], []),
 ("Taiwan, which maintains de facto embassies in many countries under the name Taipei, has official relations with only 15 states.", [], []),
]
