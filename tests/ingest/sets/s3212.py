DAY = "1999-06-12"
SENTS = [
 ("About 200 Russian paratroopers who had been serving with the peacekeepers in Bosnia drove into Pristina overnight and seized the city's airport, hours before NATO troops entered Kosovo.", ["RUS DEPLOYS_TROOPS BIH"], ["RUS DEPLOYS_TROOPS XKX", "org:NATO DEPLOYS_TROOPS XKX", "RUS DEPLOYS_TROOPS YUG", "org:NATO DEPLOYS_TROOPS YUG", "RUS DEPLOYS_TROOPS SRB", "org:NATO DEPLOYS_TROOPS SRB"]),
 ("British and French troops crossed from Macedonia into the province at dawn on Saturday under the peace plan Belgrade accepted last week.", [], ["GBR DEPLOYS_TROOPS MKD", "FRA DEPLOYS_TROOPS MKD"]),
 ("Washington said Moscow had given assurances that the Russian unit would not remain at the airport without an agreement.", [], []),
 ("Strobe Talbott, the American deputy secretary of state, was in Moscow for talks when the column set off.", ["person:strobe-talbott MEETS RUS"], ["USA MEETS RUS"]),
]
