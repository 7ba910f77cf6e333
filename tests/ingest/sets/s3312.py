DAY = "2025-04-22"
SENTS = [
 ("About 14,000 American and Filipino troops began the annual Balikatan exercises across the Philippines on Monday, the largest in the drills' history.", ["USA DEPLOYS_TROOPS PHL"], ["USA ALLIED_WITH PHL"]),
 ("The US Marine Corps has flown an anti-ship missile system known as NMESIS to Batanes, the northernmost Philippine islands, about 200 kilometres from Taiwan.", [], ["USA DEPLOYS_TROOPS PHL"]),
 ("Japanese and Australian forces are also taking part, and France has sent a frigate for the first time.", [], ["JPN DEPLOYS_TROOPS PHL", "AUS DEPLOYS_TROOPS PHL", "FRA DEPLOYS_TROOPS PHL"]),
 ("Beijing charged that Manila was colluding with outside powers to stir up trouble, and its coast guard shadowed the Filipino vessels taking part.", ["CHN CONDEMNS PHL"], []),
 ("President Ferdinand Marcos Jr. said the Philippines would keep asserting its rights in the South China Sea.", [], ["person:ferdinand-marcos-jr LEADS PHL"]),
]
