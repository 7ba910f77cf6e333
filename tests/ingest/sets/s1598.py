DAY = "2019-11-28"
SENTS = [
 ("President Donald Trump signed legislation on Wednesday that requires annual reviews of Hong Kong's special trade status and threatens sanctions on officials who abuse human rights in the territory.", [], ["person:donald-trump LEADS USA"]),
 ("China's foreign ministry summoned the US ambassador, Terry Branstad, and warned of firm countermeasures.", ["CHN CONDEMNS USA"], []),
 ("Beijing accused Washington of meddling in its internal affairs and of supporting violent criminals.", ["CHN CONDEMNS USA"], []),
 ("The bill also bans the export of tear gas, rubber bullets and stun guns to the Hong Kong police.", [], []),
 ("Britain, the former colonial power, has urged Beijing to respect the high degree of autonomy it promised in 1997.", [], ["GBR CONDEMNS CHN"]),
]
