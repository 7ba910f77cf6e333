DAY = "1968-10-17"
SENTS = [
 ("Premier Kosygin and the Czechoslovak Premier, Oldrich Cernik, signed a treaty in Prague on Wednesday that lets Soviet troops stay in Czechoslovakia for an unlimited period.", ["person:alexei-kosygin MEETS person:oldrich-cernik", "person:alexei-kosygin MEETS CSK", "person:oldrich-cernik LEADS CSK", "SUN DEPLOYS_TROOPS CSK"], ["person:alexei-kosygin LEADS SUN"]),
 ("The troops of Poland, East Germany, Hungary and Bulgaria that joined the August invasion are to leave within two months.", [], ["POL DEPLOYS_TROOPS CSK", "DDR DEPLOYS_TROOPS CSK", "HUN DEPLOYS_TROOPS CSK", "BGR DEPLOYS_TROOPS CSK"]),
 ("Students stood in silent protest outside the parliament building.", [], []),
 ("Mr. Dubcek, who remains party leader, has called the treaty a painful necessity.", [], []),
 ("Washington said the agreement merely gave legal form to an occupation.", [], ["USA CONDEMNS SUN"]),
]
