DAY = "2012-11-22"
SENTS = [
 ("Rebels of the M23 movement seized Goma, the main city of eastern Congo, on Tuesday as United Nations peacekeepers stood aside and government soldiers fled.", [], ["org:M23 ATTACKS COD", "org:UN DEPLOYS_TROOPS COD"]),
 ("A United Nations panel of experts has accused Rwanda and Uganda of arming and commanding the rebels, a charge both governments deny.", ["org:UN CONDEMNS RWA", "org:UN CONDEMNS UGA"], ["RWA SUPPLIES_ARMS org:M23", "UGA SUPPLIES_ARMS org:M23", "RWA SUPPORTS org:M23", "UGA SUPPORTS org:M23"]),
 ("Congolese President Joseph Kabila flew to Kampala on Wednesday for talks with Rwanda's Paul Kagame and Uganda's Yoweri Museveni, who is mediating on behalf of the region's governments.", ["person:joseph-kabila LEADS COD", "person:joseph-kabila MEETS UGA", "person:joseph-kabila MEETS person:paul-kagame", "person:joseph-kabila MEETS person:yoweri-museveni"], ["person:paul-kagame LEADS RWA", "person:yoweri-museveni LEADS UGA", "person:paul-kagame MEETS UGA", "person:paul-kagame MEETS person:yoweri-museveni"]),
 ("The Security Council condemned the rebels' capture of Goma and imposed sanctions on two M23 commanders.", ["org:UNSC CONDEMNS org:M23"], ["org:UNSC SANCTIONS org:M23"]),
 ("Britain had already withheld 21 million pounds of budget support from Rwanda over the panel's findings.", [], ["GBR SANCTIONS RWA", "GBR SUPPORTS RWA"]),
]
