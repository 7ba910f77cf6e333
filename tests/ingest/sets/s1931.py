DAY = "2022-02-27"
SENTS = [
 ("The United States, the European Union, Britain and Canada agreed on Saturday to cut several Russian banks off from the SWIFT international payment system.", ["USA SANCTIONS RUS", "org:EU SANCTIONS RUS", "GBR SANCTIONS RUS", "CAN SANCTIONS RUS"], []),
 ("They also moved to freeze the assets of Russia's central bank, limiting its ability to use its $630 billion in foreign reserves.", [], ["USA SANCTIONS RUS", "org:EU SANCTIONS RUS", "GBR SANCTIONS RUS", "CAN SANCTIONS RUS"]),
 ("Germany reversed its long-standing policy and said it would send 1,000 anti-tank weapons and 500 Stinger missiles to Ukraine.", [], ["DEU SUPPLIES_ARMS UKR"]),
 ("Russian troops pushed into Kharkiv, Ukraine's second-largest city, on Sunday but were driven back after street fighting.", ["RUS DEPLOYS_TROOPS UKR"], ["RUS ATTACKS UKR"]),
 ("Belarus, whose territory Russia used to launch its attack from the north, is preparing to send its own troops into Ukraine, American officials said.", [], ["BLR SUPPORTS RUS", "BLR DEPLOYS_TROOPS UKR", "RUS ATTACKS UKR"]),
 ("Vladimir Putin ordered his nuclear deterrence forces onto high alert, citing aggressive statements by NATO leaders.", [], ["person:vladimir-putin CONDEMNS org:NATO"]),
]
