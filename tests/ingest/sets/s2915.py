DAY = "1956-08-17"
SENTS = [
 ("Delegates of twenty-two nations met in London on Thursday to discuss the future of the Suez Canal after Egypt's seizure of the canal company.", [], []),
 ("Egypt, which turned down its invitation, sent Ali Sabri to follow the talks from its embassy.", [], []),
 ("Secretary of State Dulles proposed that an international board run the canal under a treaty with Egypt.", [], ["person:john-foster-dulles MEETS GBR"]),
 ("The Soviet Foreign Minister, Dmitri Shepilov, defended Egypt's right to run the waterway itself.", ["person:dmitri-shepilov SUPPORTS EGY"], ["SUN SUPPORTS EGY"]),
 ("British and French reinforcements, with warships and transport aircraft, are gathering on Cyprus and Malta.", [], ["GBR DEPLOYS_TROOPS CYP", "GBR DEPLOYS_TROOPS MLT", "FRA DEPLOYS_TROOPS CYP", "FRA DEPLOYS_TROOPS MLT"]),
 ("Krishna Menon of India urged the conference to negotiate with President Nasser rather than dictate to him.", [], ["person:gamal-abdel-nasser LEADS EGY"]),
]
