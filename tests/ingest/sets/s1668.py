DAY = "2011-04-12"
SENTS = [
 ("Forces loyal to Alassane Ouattara captured Laurent Gbagbo at his residence in Abidjan on Monday, after French helicopters and troops attacked his last strongholds.", [], ["FRA DEPLOYS_TROOPS CIV", "FRA SUPPORTS person:alassane-ouattara", "FRA ATTACKS CIV"]),
 ("Gbagbo had refused to step down since losing November's election, which the United Nations and the African Union said Ouattara had won.", [], ["org:UN SUPPORTS person:alassane-ouattara", "org:AU SUPPORTS person:alassane-ouattara"]),
 ("Nicolas Sarkozy said France had acted under a UN mandate to protect civilians.", [], ["person:nicolas-sarkozy LEADS FRA"]),
 ("Gbagbo's camp accused Paris of staging a coup and carrying out a colonial war.", [], ["CIV CONDEMNS FRA"]),
 ("South Africa and Angola, which had been sympathetic to Gbagbo, said the French role went beyond the UN resolution.", [], ["ZAF CONDEMNS FRA", "AGO CONDEMNS FRA"]),
]
