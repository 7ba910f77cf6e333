DAY = "1982-03-24"
SENTS = [
 ("Britain protested to Argentina on Tuesday after a party of Argentine scrap-metal workers landed on the island of South Georgia and raised their country's flag.", ["GBR CONDEMNS ARG"], []),
 ("The ice patrol ship Endurance sailed from Port Stanley with a detachment of Royal Marines to remove the workers.", [], []),
 ("The Argentine government said the men had a valid commercial contract and insisted that the islands belonged to Argentina.", [], ["ARG CONDEMNS GBR"]),
 ("An Argentine navy transport was reported to be heading for the island with supplies for the men.", [], []),
 ("The junta led by General Leopoldo Galtieri has promised Argentines that the Falklands will be recovered before the 150th anniversary of British rule next year.", [], ["person:leopoldo-galtieri LEADS ARG", "person:leopoldo-galtieri CONDEMNS GBR"]),
]
