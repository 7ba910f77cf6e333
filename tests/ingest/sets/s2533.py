DAY = "2014-06-29"
SENTS = [
 ("Iraq received the first five of a batch of Sukhoi Su-25 ground attack jets from Russia on Saturday, as its army struggled to push back Sunni insurgents.", ["RUS SUPPLIES_ARMS IRQ"], []),
 ("Prime Minister Nouri al-Maliki said last week that Baghdad had been wrong to sign a long-delayed contract for American F-16s and should have bought Russian and Belarusian jets instead.", [], ["person:nouri-al-maliki LEADS IRQ", "person:nouri-al-maliki CONDEMNS USA", "USA SUPPLIES_ARMS IRQ"]),
 ("The United States has sent about 300 military advisers to Iraq but has yet to deliver any of the 36 F-16s it sold to Baghdad.", ["USA DEPLOYS_TROOPS IRQ", "USA SUPPLIES_ARMS IRQ"], []),
 ("Iran has also flown military supplies to Baghdad, according to American officials.", [], ["IRN SUPPLIES_ARMS IRQ", "IRN SUPPORTS IRQ"]),
 ("Syrian warplanes struck militant positions inside Iraq near the Qaim border crossing this week, Iraqi officials said.", [], ["SYR ATTACKS IRQ"]),
]
