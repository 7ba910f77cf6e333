DAY = "1967-07-26"
SENTS = [
 ("President de Gaulle cut short his visit to Canada on Wednesday after Prime Minister Lester Pearson rebuked the French President for crying 'Vive le Quebec libre' to a crowd in Montreal.", ["person:charles-de-gaulle MEETS CAN", "person:lester-b-pearson CONDEMNS person:charles-de-gaulle"], ["person:charles-de-gaulle LEADS FRA", "person:lester-b-pearson LEADS CAN", "CAN CONDEMNS FRA"]),
 ("Pearson said such words were unacceptable to the Canadian people.", [], []),
 ("De Gaulle flew home from Montreal without going on to Ottawa, where he was to have had talks with Pearson.", [], []),
 ("French officials insisted that Paris had no wish to meddle in Canada's affairs.", [], []),
 ("Canada, like France, has belonged to the North Atlantic Treaty Organization since its founding in 1949.", ["CAN MEMBER_OF org:NATO"], ["FRA MEMBER_OF org:NATO", "FRA ALLIED_WITH CAN"]),
]
