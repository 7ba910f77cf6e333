DAY = "1981-04-25"
SENTS = [
 ("President Reagan lifted the 15-month-old embargo on grain sales to the Soviet Union on Friday, keeping a campaign promise to American farmers.", [], ["person:ronald-reagan LEADS USA", "USA SANCTIONS SUN", "USA TRADES_WITH SUN", "person:ronald-reagan SANCTIONS SUN"]),
 ("The embargo was imposed by President Carter in January 1980 to punish Moscow for its invasion of Afghanistan.", ["USA SANCTIONS SUN", "SUN ATTACKS AFG"], ["person:jimmy-carter LEADS USA", "person:jimmy-carter SANCTIONS SUN"]),
 ("Argentina, which ignored the embargo, has become the Soviet Union's biggest supplier of grain, selling it more than 10 million tons last year.", ["ARG TRADES_WITH SUN"], []),
 ("Secretary of State Alexander M. Haig Jr. had argued that lifting the ban would send the wrong signal while Soviet troops were massed on Poland's borders.", [], []),
]
