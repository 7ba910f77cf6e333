DAY = "2003-03-17"
SENTS = [
 ("Rebels loyal to General Francois Bozize seized Bangui on Saturday while President Ange-Felix Patasse was abroad, and the Central African leader's plane was turned away from the capital.", [], ["person:ange-felix-patasse LEADS CAF"]),
 ("General Bozize, a former army chief of staff who had been in exile in Chad, declared himself president on Sunday.", [], ["person:francois-bozize LEADS CAF"]),
 ("Mr Patasse accused Chad of backing the rebels and took refuge in Cameroon.", ["person:ange-felix-patasse CONDEMNS TCD"], ["person:ange-felix-patasse MEETS CMR"]),
 ("Libyan troops, who had protected Mr Patasse since a failed coup in 2001, left the country last year and were replaced by a small force from the regional bloc, Cemac.", [], ["LBY DEPLOYS_TROOPS CAF"]),
 ("Paris flew in 300 extra troops to guard French citizens in Bangui; the African Union denounced the takeover.", ["FRA DEPLOYS_TROOPS CAF"], ["org:AU CONDEMNS CAF", "org:AU CONDEMNS person:francois-bozize"]),
]
