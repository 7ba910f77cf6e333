DAY = "1994-03-19"
SENTS = [
 ("President Alija Izetbegovic of Bosnia and President Franjo Tudjman of Croatia signed agreements at the White House on Friday creating a federation of Bosnia's Muslims and Croats and a loose confederation with Croatia.", ["person:alija-izetbegovic LEADS BIH", "person:franjo-tudjman LEADS HRV", "person:alija-izetbegovic MEETS person:franjo-tudjman"], ["person:alija-izetbegovic MEETS USA", "person:franjo-tudjman MEETS USA", "BIH MEETS HRV"]),
 ("President Clinton, who hosted the ceremony, said the accord could end the fighting between Muslims and Croats that began last spring.", [], ["person:bill-clinton LEADS USA"]),
 ("The Bosnian Serbs, armed and financed by Belgrade, have refused to join the federation.", [], []),
 ("The United States has offered to send troops to help enforce a settlement in Bosnia, but only once all three parties have signed one.", [], ["USA DEPLOYS_TROOPS BIH"]),
]
