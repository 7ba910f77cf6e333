DAY = "2016-01-04"
SENTS = [
 ("Saudi Arabia cut diplomatic ties with Iran on Sunday after protesters stormed its embassy in Tehran in anger at the execution of the Shia cleric Nimr al-Nimr.", [], ["SAU CONDEMNS IRN"]),
 ("Foreign Minister Adel al-Jubeir gave Iranian diplomats 48 hours to leave the kingdom.", [], ["SAU CONDEMNS IRN"]),
 ("Bahrain and Sudan followed suit, and the United Arab Emirates downgraded its relations with Tehran.", [], ["BHR CONDEMNS IRN", "SDN CONDEMNS IRN", "ARE CONDEMNS IRN"]),
 ("Iran's supreme leader, Ayatollah Ali Khamenei, said Saudi politicians would face divine revenge for the execution.", ["person:ali-khamenei LEADS IRN"], ["person:ali-khamenei CONDEMNS SAU"]),
 ("Washington urged both countries to show restraint, fearing the rift would complicate efforts to end the wars in Syria and Yemen.", [], []),
]
