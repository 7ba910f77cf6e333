DAY = "2021-12-07"
SENTS = [
 ("Joe Biden warned Vladimir Putin during a two-hour video call on Tuesday that Russia would face strong economic measures if it invaded Ukraine.", ["person:joe-biden MEETS person:vladimir-putin"], ["person:joe-biden CONDEMNS person:vladimir-putin", "person:joe-biden CONDEMNS RUS"]),
 ("Russia has massed about 100,000 troops near its border with Ukraine, according to US intelligence.", [], []),
 ("Putin demanded legal guarantees that NATO would not expand further east and accused the alliance of building up military infrastructure near Russia's borders.", ["person:vladimir-putin CONDEMNS org:NATO"], []),
 ("Biden spoke to the leaders of France, Germany, Italy and Britain after the call.", ["person:joe-biden MEETS FRA", "person:joe-biden MEETS DEU", "person:joe-biden MEETS ITA", "person:joe-biden MEETS GBR"], []),
 ("Ukraine, which is not a NATO member, has received Javelin anti-tank missiles from the United States.", ["USA SUPPLIES_ARMS UKR"], []),
]
