DAY = "2004-07-15"
SENTS = [
 ("The Philippines began pulling its 51 soldiers and police officers out of Iraq on Wednesday to meet the demands of militants who have threatened to behead a Filipino truck driver.", ["PHL DEPLOYS_TROOPS IRQ"], []),
 ("The United States and Australia criticised Manila's decision, saying it would encourage more kidnappings.", ["USA CONDEMNS PHL", "AUS CONDEMNS PHL"], []),
 ("President Gloria Macapagal Arroyo said she had to put the life of one Filipino first.", [], ["person:gloria-macapagal-arroyo LEADS PHL"]),
 ("About 1.5 million Filipinos work in the Middle East, many of them in Saudi Arabia.", [], []),
 ("Spain, Honduras and the Dominican Republic withdrew their forces from Iraq earlier this year.", [], ["ESP DEPLOYS_TROOPS IRQ", "HND DEPLOYS_TROOPS IRQ", "DOM DEPLOYS_TROOPS IRQ"]),
]
