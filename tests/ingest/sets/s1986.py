DAY = "1962-01-31"
SENTS = [
 ("Foreign ministers of the Organization of American States voted on Wednesday to suspend Cuba from the organisation, declaring its Marxist-Leninist government incompatible with the inter-American system.", ["CUB MEMBER_OF org:OAS"], ["org:OAS SANCTIONS CUB", "org:OAS CONDEMNS CUB"]),
 ("Fourteen members voted in favour, the minimum needed, while Mexico, Brazil, Argentina, Chile, Bolivia and Ecuador abstained.", [], []),
 ("Secretary of State Dean Rusk, who led the American delegation at Punta del Este, said the hemisphere had rejected Castro's alliance with the Soviet bloc.", [], ["person:dean-rusk CONDEMNS person:fidel-castro", "person:dean-rusk LEADS USA", "CUB ALLIED_WITH SUN"]),
 ("Cuba's President Osvaldo Dorticos, who attended the meeting, denounced the decision as an act of aggression by the United States.", ["person:osvaldo-dorticos LEADS CUB", "person:osvaldo-dorticos CONDEMNS USA"], []),
 ("The United States has banned almost all trade with Cuba since October 1960.", ["USA SANCTIONS CUB"], []),
]
