DAY = "1988-11-05"
SENTS = [
 ("Indian paratroopers flew to the Maldives on Thursday night and crushed an attempt by about 150 mercenaries to overthrow President Maumoon Abdul Gayoom.", ["IND DEPLOYS_TROOPS MDV", "IND SUPPORTS person:maumoon-abdul-gayoom"], ["person:maumoon-abdul-gayoom LEADS MDV"]),
 ("Mr Gayoom, who had hidden in a safe house in Male as the gunmen attacked his offices, asked India, the United States and Britain for help, and New Delhi responded within hours.", [], ["IND SUPPORTS person:maumoon-abdul-gayoom"]),
 ("The mercenaries, most of them members of a Sri Lankan Tamil group, fled on a hijacked freighter and were captured at sea by the Indian navy.", [], []),
 ("Prime Minister Rajiv Gandhi said the Indian force would be brought home as soon as Mr Gayoom no longer needed it.", [], ["person:rajiv-gandhi LEADS IND", "IND DEPLOYS_TROOPS MDV"]),
 ("President Ronald Reagan praised India's action as a valuable contribution to regional stability.", ["person:ronald-reagan SUPPORTS IND"], ["person:ronald-reagan LEADS USA", "USA SUPPORTS IND"]),
]
