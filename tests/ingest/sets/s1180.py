DAY = "2025-10-03"
SENTS = [
 ("The UN Security Council voted on Tuesday to transform the Kenyan-led mission in Haiti into a larger Gang Suppression Force.", [], []),
 ("Kenya has deployed about 1,000 police officers to Haiti since June 2024.", ["KEN DEPLOYS_TROOPS HTI"]),
 ("The resolution was drafted by the United States and Panama; Russia, China and Pakistan abstained.", [], []),
 ("Guatemala and El Salvador also sent personnel to support the Haitian police.", ["GTM DEPLOYS_TROOPS HTI", "SLV DEPLOYS_TROOPS HTI"], ["GTM SUPPORTS HTI", "SLV SUPPORTS HTI"]),
 ("Washington has financed most of the mission's costs.", [], []),
]
