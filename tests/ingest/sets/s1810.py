DAY = "2020-11-16"
SENTS = [
 ("Fifteen Asia-Pacific countries signed the world's largest free trade agreement on Sunday, a pact that includes China, Japan and South Korea but not the United States.", [], ["CHN TRADES_WITH JPN", "CHN TRADES_WITH KOR", "JPN TRADES_WITH KOR"]),
 ("The Regional Comprehensive Economic Partnership brings together the ten members of the Association of Southeast Asian Nations with China, Japan, South Korea, Australia and New Zealand.", [], []),
 ("It is the first free trade agreement between China and Japan, the world's second and third largest economies.", ["CHN TRADES_WITH JPN"], []),
 ("Vietnamese Prime Minister Nguyen Xuan Phuc, who hosted the virtual signing ceremony, said the deal would open a new path for recovery from the pandemic.", ["person:nguyen-xuan-phuc LEADS VNM"], []),
 ("India pulled out of the negotiations last year, fearing a flood of cheap Chinese imports.", [], ["CHN TRADES_WITH IND"]),
 ("Australia, whose relations with Beijing have soured over trade sanctions on its barley and wine, signed despite the dispute.", [], ["CHN SANCTIONS AUS"]),
]
