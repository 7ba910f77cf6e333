DAY = "1984-05-10"
SENTS = [
 ("The Soviet Union announced on Tuesday that it would not take part in the Los Angeles Olympics, citing inadequate security for its athletes and anti-Soviet hysteria in the United States.", ["SUN CONDEMNS USA"], []),
 ("The decision was widely seen as retaliation for the American-led boycott of the 1980 Moscow Games over the Soviet invasion of Afghanistan.", ["SUN ATTACKS AFG"], ["USA CONDEMNS SUN", "USA SANCTIONS SUN"]),
 ("Bulgaria and East Germany, two of Moscow's closest allies, joined the boycott on Thursday.", ["BGR ALLIED_WITH SUN", "DDR ALLIED_WITH SUN"], ["BGR CONDEMNS USA", "DDR CONDEMNS USA"]),
 ("President Reagan said he regretted the decision and insisted the Soviet athletes would have been safe.", [], ["person:ronald-reagan LEADS USA"]),
 ("Romania, which has often defied Moscow on foreign policy, said it would still send a team.", [], []),
 ("Konstantin Chernenko, who succeeded Yuri Andropov as Soviet leader in February, has hardened Moscow's line toward Washington.", ["person:konstantin-chernenko LEADS SUN"], ["SUN CONDEMNS USA"]),
]
