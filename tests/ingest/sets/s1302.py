DAY = "2025-02-21"
SENTS = [
 ("Georgia's ruling Georgian Dream party accused the European Union of blackmail after Brussels suspended visa-free travel for Georgian diplomats and officials.", ["GEO CONDEMNS org:EU"], ["org:EU SANCTIONS GEO"]),
 ("The government froze its own bid to join the bloc in November, triggering months of street protests.", [], []),
 ("The United States has imposed sanctions on the party's founder, Bidzina Ivanishvili, accusing him of undermining democracy for Russia's benefit.", ["USA SANCTIONS person:bidzina-ivanishvili", "USA CONDEMNS person:bidzina-ivanishvili"], []),
 ("Prime Minister Irakli Kobakhidze said Georgia would not become a second Ukraine.", [], ["person:irakli-kobakhidze LEADS GEO"]),
 ("Russian troops still occupy Abkhazia and South Ossetia, about a fifth of Georgia's territory.", ["RUS ATTACKS GEO", "RUS DEPLOYS_TROOPS GEO"], []),
]
