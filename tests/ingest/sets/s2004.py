DAY = "1964-08-05"
SENTS = [
 ("American carrier planes bombed North Vietnamese patrol boat bases and an oil depot on Wednesday in retaliation for attacks on US destroyers in the Gulf of Tonkin.", ["USA ATTACKS VDR"], ["VDR ATTACKS USA"]),
 ("President Lyndon Johnson said in a televised address that the reply would be limited and fitting.", [], ["person:lyndon-b-johnson LEADS USA"]),
 ("North Vietnamese torpedo boats attacked the destroyer Maddox on Sunday.", [], ["VDR ATTACKS USA"]),
 ("The Soviet Union and China condemned the American raids.", ["SUN CONDEMNS USA", "CHN CONDEMNS USA"], []),
 ("Johnson asked Congress for a resolution supporting action to repel any armed attack against US forces.", [], []),
]
