DAY = "2023-04-04"
SENTS = [
 ("Finland became the 31st member of NATO on Tuesday, doubling the length of the alliance's border with Russia, after Turkey's parliament ratified its accession last week.", ["FIN MEMBER_OF org:NATO"], ["TUR SUPPORTS FIN"]),
 ("Finnish Foreign Minister Pekka Haavisto handed the accession documents to US Secretary of State Antony Blinken at the alliance's headquarters in Brussels.", [], ["person:pekka-haavisto MEETS person:antony-blinken"]),
 ("The Kremlin said Finland's accession was an encroachment on Russia's security and that Moscow would strengthen its forces in the west and north-west.", ["RUS CONDEMNS FIN"], []),
 ("Sweden's bid remains blocked by Turkey and Hungary, with Ankara accusing Stockholm of harbouring Kurdish militants it regards as terrorists.", ["TUR CONDEMNS SWE"], ["HUN CONDEMNS SWE"]),
 ("Sauli Niinisto, Finland's president, said the era of military non-alignment had come to an end.", ["person:sauli-niinisto LEADS FIN"], []),
]
