DAY = "1956-06-13"
SENTS = [
 ("The last British troops left the Suez Canal Zone on Wednesday, ending 74 years of British military presence in Egypt.", [], ["GBR DEPLOYS_TROOPS EGY"]),
 ("President Gamal Abdel Nasser raised the Egyptian flag over the Navy House in Port Said.", [], ["person:gamal-abdel-nasser LEADS EGY"]),
 ("Nasser has bought arms from Czechoslovakia and recognized Communist China, angering Washington.", ["CSK SUPPLIES_ARMS EGY", "person:gamal-abdel-nasser SUPPORTS CHN"], ["EGY SUPPORTS CHN", "USA CONDEMNS EGY", "USA CONDEMNS person:gamal-abdel-nasser"]),
 ("The Soviet Foreign Minister, Dmitri Shepilov, is due in Cairo next week to discuss Soviet aid for the Aswan High Dam.", [], ["person:dmitri-shepilov MEETS EGY", "SUN SUPPORTS EGY"]),
 ("The United States and Britain offered last December to help finance the dam.", [], ["USA SUPPORTS EGY", "GBR SUPPORTS EGY"]),
]
