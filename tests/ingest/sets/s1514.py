DAY = "2022-05-18"
SENTS = [
 ("Sweden and Finland formally applied to join NATO on Wednesday, abandoning decades of military non-alignment after Russia's invasion of Ukraine.", ["RUS ATTACKS UKR"], []),
 ("Turkey immediately blocked the start of accession talks, accusing both countries of harbouring members of the Kurdistan Workers' Party.", ["TUR CONDEMNS SWE", "TUR CONDEMNS FIN"], []),
 ("Recep Tayyip Erdogan also demanded that Stockholm lift an arms embargo it imposed on Turkey over its 2019 incursion into Syria.", ["SWE SANCTIONS TUR", "TUR ATTACKS SYR"], ["person:recep-tayyip-erdogan CONDEMNS SWE", "person:recep-tayyip-erdogan LEADS TUR"]),
 ("Joe Biden hosted Swedish Prime Minister Magdalena Andersson and Finnish President Sauli Niinisto at the White House the next day, pledging to support their bids.", ["person:joe-biden MEETS person:magdalena-andersson", "person:joe-biden MEETS person:sauli-niinisto", "person:magdalena-andersson MEETS USA", "person:sauli-niinisto MEETS USA", "person:magdalena-andersson LEADS SWE", "person:sauli-niinisto LEADS FIN", "person:magdalena-andersson MEETS person:sauli-niinisto"], ["person:joe-biden SUPPORTS SWE", "person:joe-biden SUPPORTS FIN", "USA SUPPORTS SWE", "USA SUPPORTS FIN"]),
 ("Hungary, the only other member that had not yet ratified, said it supported the two Nordic countries' membership.", ["HUN SUPPORTS SWE", "HUN SUPPORTS FIN"], ["HUN MEMBER_OF org:NATO"]),
]
