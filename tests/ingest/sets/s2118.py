DAY = "1963-05-26"
SENTS = [
 ("Leaders of 32 independent African states signed a charter in Addis Ababa on Saturday creating the Organization of African Unity.", [], []),
 ("Emperor Haile Selassie of Ethiopia, who was host to the conference, said the organisation would last a thousand years.", ["person:haile-selassie LEADS ETH"], ["ETH MEMBER_OF org:AU"]),
 ("President Kwame Nkrumah of Ghana had pressed for a continental government, but most leaders, led by President Julius Nyerere of Tanganyika, preferred a looser association.", ["person:kwame-nkrumah LEADS GHA", "person:julius-nyerere LEADS TZA"], []),
 ("The conference called on Portugal to grant independence to Angola and Mozambique and on all members to break off relations with South Africa.", [], ["org:AU CONDEMNS PRT", "org:AU CONDEMNS ZAF", "org:AU SANCTIONS ZAF"]),
 ("Morocco, which disputes Mauritania's independence, stayed away from the conference.", [], ["MAR CONDEMNS MRT"]),
]
