DAY = "1988-02-09"
SENTS = [
 ("Mikhail Gorbachev said on Monday that Soviet troops would begin leaving Afghanistan on May 15 if an agreement is signed in Geneva by March 15, and would all be gone within ten months.", ["SUN DEPLOYS_TROOPS AFG"], ["person:mikhail-gorbachev LEADS SUN"]),
 ("About 115,000 Soviet soldiers are fighting in Afghanistan in support of the Kabul government of Najibullah.", ["SUN DEPLOYS_TROOPS AFG", "SUN SUPPORTS AFG"], ["person:najibullah LEADS AFG", "person:mohammad-najibullah LEADS AFG"]),
 ("Pakistan, which shelters three million Afghan refugees and channels American weapons to the guerrillas, welcomed the announcement cautiously.", [], []),
 ("The State Department said the United States would keep supplying the rebels until the withdrawal was complete.", [], []),
]
