DAY = "1998-08-23"
SENTS = [
 ("Zimbabwean and Angolan troops arrived in Congo this week to help President Laurent Kabila fight rebels backed by Rwanda and Uganda.", ["ZWE DEPLOYS_TROOPS COD", "AGO DEPLOYS_TROOPS COD", "ZWE SUPPORTS person:laurent-desire-kabila", "AGO SUPPORTS person:laurent-desire-kabila"], ["person:laurent-desire-kabila LEADS COD"]),
 ("Namibia has also sent troops and military equipment to Kinshasa.", ["NAM DEPLOYS_TROOPS COD", "NAM SUPPLIES_ARMS COD"], []),
 ("Kabila accused Rwanda and Uganda of invading his country.", ["person:laurent-desire-kabila CONDEMNS RWA", "person:laurent-desire-kabila CONDEMNS UGA"], ["RWA ATTACKS COD", "UGA ATTACKS COD"]),
 ("Rwanda denies that its soldiers are fighting in Congo, but says it has a right to pursue Hutu militias there.", [], []),
 ("South Africa's President Nelson Mandela called for a ceasefire and said Pretoria would not send troops.", ["person:nelson-mandela LEADS ZAF"], []),
]
