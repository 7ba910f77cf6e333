DAY = "1991-08-20"
SENTS = [
 ("Hardline Communist officials who seized power in Moscow on Monday said Mikhail Gorbachev had been removed for health reasons and placed tanks around the Russian parliament.", [], []),
 ("Boris Yeltsin, the elected president of the Russian republic, climbed onto a tank outside the building and called the takeover a right-wing coup.", [], []),
 ("President George Bush condemned the seizure of power as illegitimate and suspended American economic aid to the Soviet Union.", [], ["person:george-h-w-bush LEADS USA", "person:george-h-w-bush CONDEMNS SUN", "USA CONDEMNS SUN", "USA SANCTIONS SUN"]),
 ("The European Community froze a billion dollars in food aid and technical assistance to Moscow.", [], ["org:EU SANCTIONS SUN"]),
 ("Chinese officials, by contrast, said the change of leadership was an internal affair of the Soviet Union.", [], []),
]
