DAY = "2019-04-24"
SENTS = [
 ("Vladimir Putin signed a decree on Wednesday simplifying the granting of Russian citizenship to people living in the rebel-held areas of eastern Ukraine.", [], []),
 ("Volodymyr Zelensky, who won Ukraine's presidential election on Sunday, said the decree proved that Russia was an aggressor state and urged the West to tighten sanctions against Moscow.", ["person:volodymyr-zelensky CONDEMNS RUS"], ["RUS ATTACKS UKR", "person:volodymyr-zelensky LEADS UKR", "bloc:WEST SANCTIONS RUS"]),
 ("The State Department condemned Moscow's decision, calling it a provocation aimed at destabilising Ukraine.", ["USA CONDEMNS RUS"], []),
 ("Germany and France, which mediate in the conflict, said Russia's step was at odds with the spirit of the Minsk peace agreements.", ["DEU CONDEMNS RUS", "FRA CONDEMNS RUS"], []),
 ("Since 2014 the United States has given Ukraine more than $1.5 billion in security assistance, including Javelin anti-tank missiles delivered last year.", ["USA SUPPLIES_ARMS UKR"], ["USA SUPPORTS UKR"]),
]
