DAY = "1953-09-27"
SENTS = [
 ("The United States and Spain signed a defence agreement in Madrid on Saturday allowing American air and naval bases on Spanish soil in return for military and economic aid.", ["USA ALLIED_WITH ESP"], ["USA SUPPORTS ESP", "USA SUPPLIES_ARMS ESP", "USA DEPLOYS_TROOPS ESP", "USA MEETS ESP"]),
 ("The documents bore the names of Ambassador James Dunn and of Foreign Minister Alberto Martin Artajo.", [], ["person:james-dunn MEETS person:alberto-martin-artajo"]),
 ("General Franco's regime had been kept at arm's length by the Western democracies since the end of the war.", [], ["person:francisco-franco LEADS ESP"]),
 ("Spain, which sent a volunteer division to fight for Hitler in Russia, remains outside NATO.", ["ESP DEPLOYS_TROOPS SUN"], ["ESP ATTACKS SUN", "ESP SUPPORTS DEU", "ESP SUPPORTS person:adolf-hitler"]),
]
