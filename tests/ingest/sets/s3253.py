DAY = "1965-04-09"
SENTS = [
 ("President Johnson offered on Wednesday to hold unconditional discussions to end the war in Vietnam and proposed a billion-dollar American investment in the development of Southeast Asia.", [], ["person:lyndon-b-johnson LEADS USA"]),
 ("America would not walk away from South Vietnam, which it has pledged to defend, Johnson told his audience in Baltimore.", ["USA ALLIED_WITH RVN"], ["person:lyndon-b-johnson LEADS USA"]),
 ("Radio Hanoi dismissed the offer as a deceitful trick and demanded the withdrawal of all American troops from the South.", [], ["VDR CONDEMNS USA", "USA DEPLOYS_TROOPS RVN"]),
 ("American and South Vietnamese planes bombed bridges and radar stations in North Vietnam on Thursday.", ["USA ATTACKS VDR", "RVN ATTACKS VDR"], []),
 ("Reconnaissance photographs show the first Soviet anti-aircraft missile site being built near Hanoi, officials in Washington said.", [], ["SUN SUPPLIES_ARMS VDR"]),
]
