DAY = "2025-10-30"
SENTS = [
 ("The Rapid Support Forces seized El Fasher, the Sudanese army's last stronghold in Darfur, after an 18-month siege.", ["org:RSF ATTACKS SDN"]),
 ("Satellite images analysed by Yale researchers showed evidence of mass killings in the city.", []),
 ("Sudan's army-led government accuses the United Arab Emirates of arming the paramilitary group, an allegation Abu Dhabi rejects.", ["SDN CONDEMNS ARE"], ["ARE SUPPLIES_ARMS org:RSF"]),
 ("Weapons made in Britain and Serbia have been found in RSF hands after passing through the Emirates, according to UN experts.", [], []),
 ("The UN Security Council condemned the RSF assault on El Fasher.", ["org:UNSC CONDEMNS org:RSF"]),
]
