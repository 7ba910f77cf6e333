DAY = "2025-05-23"
SENTS = [
 ("Germany formally inaugurated its first permanent foreign troop deployment since the Second World War, a 5,000-strong armoured brigade in Lithuania.", ["DEU DEPLOYS_TROOPS LTU"]),
 ("Chancellor Friedrich Merz attended the ceremony in Vilnius alongside Lithuanian President Gitanas Nausėda.", ["person:friedrich-merz MEETS LTU", "person:friedrich-merz MEETS person:gitanas-nauseda"], ["person:friedrich-merz LEADS DEU", "person:gitanas-nauseda LEADS LTU"]),
 ("Merz said the protection of Vilnius was the protection of Berlin.", [], []),
 ("Lithuania, which borders Belarus and Russia's Kaliningrad exclave, plans to spend more than 5 percent of its GDP on defence next year.", [], []),
 ("The United States also keeps a rotational battalion in the country.", [], ["USA DEPLOYS_TROOPS LTU"]),
]
