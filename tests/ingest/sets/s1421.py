DAY = "2021-08-09"
SENTS = [
 ("Rwanda deployed 1,000 soldiers and police to Mozambique's Cabo Delgado province in July to help fight an Islamist insurgency.", ["RWA DEPLOYS_TROOPS MOZ"], ["RWA SUPPORTS MOZ"]),
 ("Rwandan and Mozambican troops recaptured the port town of Mocimboa da Praia on Sunday from insurgents linked to Islamic State.", [], ["RWA ALLIED_WITH MOZ", "RWA DEPLOYS_TROOPS MOZ"]),
 ("The Southern African Development Community has also sent a standby force to the region.", [], ["org:SADC DEPLOYS_TROOPS MOZ"]),
 ("France's TotalEnergies suspended a 20 billion dollar gas project in the area after insurgents attacked the town of Palma in March.", [], []),
 ("The European Union agreed to send military trainers to Mozambique.", ["org:EU DEPLOYS_TROOPS MOZ"], ["org:EU SUPPORTS MOZ"]),
]
