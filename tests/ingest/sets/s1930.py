DAY = "2025-01-28"
SENTS = [
 ("M23 rebels, backed by Rwandan troops, seized most of Goma on Monday, the largest city in eastern Congo.", ["RWA SUPPORTS org:M23", "org:M23 ATTACKS COD"], ["RWA DEPLOYS_TROOPS COD", "RWA ATTACKS COD"]),
 ("Congo cut diplomatic ties with Rwanda at the weekend and accused Kigali of a declaration of war.", ["COD CONDEMNS RWA"], []),
 ("Protesters in Kinshasa attacked the embassies of Rwanda, France, Belgium and the United States, accusing Western countries of ignoring Rwanda's role.", [], []),
 ("The UN Security Council called on external forces to withdraw, and the United States, Britain and France condemned Rwanda's support for the rebels.", ["USA CONDEMNS RWA", "GBR CONDEMNS RWA", "FRA CONDEMNS RWA"], ["org:UNSC CONDEMNS RWA", "RWA SUPPORTS org:M23"]),
 ("Thirteen South African soldiers serving in a regional force sent by the Southern African Development Community were killed in the fighting.", [], ["ZAF DEPLOYS_TROOPS COD", "org:SADC DEPLOYS_TROOPS COD"]),
 ("Rwandan President Paul Kagame spoke to Marco Rubio, who urged an immediate ceasefire.", ["person:paul-kagame LEADS RWA", "person:paul-kagame MEETS person:marco-rubio"], []),
]
