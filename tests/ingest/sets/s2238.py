DAY = "1948-02-25"
SENTS = [
 ("President Eduard Benes accepted a new government dominated by the Communists on Wednesday, completing the Communist seizure of power in Czechoslovakia.", [], ["person:edvard-benes LEADS CSK"]),
 ("Klement Gottwald, the Communist prime minister, formed the new cabinet after days of street demonstrations and purges organized by the party's action committees.", [], ["person:klement-gottwald LEADS CSK"]),
 ("The United States, Britain and France issued a joint statement condemning the coup as a threat to the foundations of democracy.", [], ["USA CONDEMNS CSK", "GBR CONDEMNS CSK", "FRA CONDEMNS CSK"]),
 ("Washington accused the Soviet Union of engineering the takeover through its agents in Prague.", ["USA CONDEMNS SUN"], []),
 ("Jan Masaryk, the foreign minister and son of the republic's founder, remained in the government.", [], []),
 ("Yugoslavia's Marshal Tito sent his congratulations to Gottwald.", ["person:josip-broz-tito LEADS YUG"], ["person:josip-broz-tito SUPPORTS person:klement-gottwald"]),
]
