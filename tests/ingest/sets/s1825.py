DAY = "2024-04-20"
SENTS = [
 ("India delivered the first batch of BrahMos supersonic cruise missiles to the Philippines on Friday under a 375 million dollar deal signed in 2022.", ["IND SUPPLIES_ARMS PHL"], []),
 ("An Indian Air Force transport plane carrying the missile systems landed at Clark air base north of Manila.", [], ["IND SUPPLIES_ARMS PHL"]),
 ("The Philippines will deploy the missiles along its western coast, facing the South China Sea, where it has had repeated confrontations with Chinese vessels.", [], ["CHN ATTACKS PHL", "PHL ATTACKS CHN"]),
 ("The BrahMos was developed jointly by India and Russia.", [], ["IND ALLIED_WITH RUS"]),
 ("Indonesia and Vietnam are also in talks to buy the missile, Indian officials said.", [], []),
]
