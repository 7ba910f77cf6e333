DAY = "1989-12-21"
SENTS = [
 ("Thousands of American troops invaded Panama early on Wednesday to overthrow its military ruler, General Manuel Noriega.", ["USA ATTACKS PAN"], ["USA DEPLOYS_TROOPS PAN", "person:manuel-noriega LEADS PAN"]),
 ("Guillermo Endara was sworn in as president at a US base shortly before the attack.", [], ["person:guillermo-endara LEADS PAN"]),
 ("Noriega, who was indicted in Florida last year on drug trafficking charges, has not been found.", [], []),
 ("The Organization of American States passed a resolution deploring the intervention and calling for the withdrawal of US forces.", [], ["USA DEPLOYS_TROOPS PAN", "org:OAS CONDEMNS USA"]),
 ("The Soviet Union also denounced the operation, but Britain said it supported the American action.", ["GBR SUPPORTS USA"], ["SUN CONDEMNS USA"]),
]
