DAY = "2018-01-21"
SENTS = [
 ("Turkish jets struck Kurdish militia positions in the Afrin region of northern Syria on Saturday as Ankara launched an offensive it called Operation Olive Branch.", ["TUR ATTACKS SYR"], ["TUR ATTACKS org:YPG"]),
 ("Turkey considers the YPG militia a terrorist group linked to the PKK, which has waged an insurgency inside Turkey for three decades.", ["TUR CONDEMNS org:YPG", "org:PKK ATTACKS TUR"], ["TUR CONDEMNS org:PKK"]),
 ("The United States, which has armed the YPG-led Syrian Democratic Forces in the fight against Islamic State, urged Turkey to keep the operation limited.", ["USA SUPPLIES_ARMS org:SDF"], ["USA ATTACKS org:ISIS", "org:SDF ATTACKS org:ISIS"]),
 ("Syria's government condemned the offensive as an attack on its sovereignty.", [], ["SYR CONDEMNS TUR"]),
 ("Russia, which controls the airspace over Afrin, withdrew its military observers from the area ahead of the operation.", [], ["RUS DEPLOYS_TROOPS SYR"]),
 ("France called for an emergency meeting of the UN Security Council.", [], []),
]
