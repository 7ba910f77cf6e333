DAY = "1950-04-12"
SENTS = [
 ("Washington lodged a sharp protest with Moscow on Tuesday over the loss of an unarmed Navy patrol bomber above the Baltic last Saturday.", ["USA CONDEMNS SUN"], ["SUN ATTACKS USA"]),
 ("The note, delivered in Moscow by Ambassador Alan Kirk, denied the Soviet claim that the Privateer had crossed the coast of Latvia and fired on Soviet fighters.", [], ["USA MEETS SUN"]),
 ("Ten crewmen are missing.", [], []),
 ("Moscow insists that its fighters opened fire only after the American aircraft had shot at them near Libau.", [], ["SUN ATTACKS USA", "USA ATTACKS SUN"]),
 ("To Dean Acheson, the Secretary of State, the Soviet action was a wanton attack on an unarmed aircraft.", ["person:dean-acheson CONDEMNS SUN"], []),
]
