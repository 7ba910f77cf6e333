DAY = "2024-03-12"
SENTS = [
 ("Haiti's Prime Minister Ariel Henry agreed to resign on Monday, after armed gangs seized control of most of Port-au-Prince and blocked his return from a trip to Kenya.", ["person:ariel-henry LEADS HTI"], ["person:ariel-henry MEETS KEN"]),
 ("The announcement came after Caribbean leaders met in Jamaica with Secretary of State Antony Blinken to discuss a transition.", ["person:antony-blinken MEETS JAM"], []),
 ("Blinken said the United States would provide an additional $100 million for a Kenyan-led multinational police force and $33 million in humanitarian aid.", [], ["USA SUPPORTS HTI", "USA SUPPORTS KEN"]),
 ("Kenya had agreed last year to send 1,000 police officers to Haiti, but a Kenyan court blocked the deployment in January.", [], ["KEN DEPLOYS_TROOPS HTI"]),
 ("The Dominican Republic, which shares the island of Hispaniola with Haiti, has sealed its border and deported tens of thousands of Haitians.", [], ["DOM SANCTIONS HTI"]),
]
