DAY = "1975-05-16"
SENTS = [
 ("American marines stormed Koh Tang island off Cambodia on Thursday and recovered the crew of the merchant ship Mayaguez, which Cambodian forces seized three days ago.", ["USA ATTACKS KHM"], ["KHM ATTACKS USA", "USA DEPLOYS_TROOPS KHM"]),
 ("American planes from the carrier Coral Sea bombed an airfield and an oil depot on the Cambodian mainland.", ["USA ATTACKS KHM"], []),
 ("At least 15 Americans were killed in the operation.", [], []),
 ("President Gerald Ford said he had ordered the action after the Khmer Rouge government ignored demands to release the ship.", [], ["person:gerald-ford LEADS USA"]),
 ("Thailand, from whose base at U-Tapao the marines had flown, protested against the use of its territory.", [], ["USA DEPLOYS_TROOPS THA", "THA CONDEMNS USA"]),
]
