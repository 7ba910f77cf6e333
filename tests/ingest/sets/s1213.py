DAY = "2025-11-05"
SENTS = [
 ("Fighters of the al-Qaeda-linked JNIM have blockaded fuel imports into Mali since September, attacking hundreds of tanker trucks on the roads from Senegal and Ivory Coast.", ["org:JNIM ATTACKS MLI"], []),
 ("The junta in Bamako closed schools across the country because of the fuel shortage.", [], []),
 ("The United States and Britain urged their citizens to leave Mali immediately.", [], []),
 ("Russian Africa Corps mercenaries, who replaced the Wagner Group last year, have escorted some fuel convoys.", [], ["RUS SUPPORTS MLI", "RUS DEPLOYS_TROOPS MLI"]),
 ("Mali, Burkina Faso and Niger left ECOWAS in January to form their own confederation.", [], ["MLI MEMBER_OF org:AES", "BFA MEMBER_OF org:AES", "NER MEMBER_OF org:AES"]),
]
