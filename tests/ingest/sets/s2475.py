DAY = "2011-11-30"
SENTS = [
 ("Britain ordered all Iranian diplomats to leave the country within 48 hours on Wednesday, a day after protesters stormed the British embassy compound in Tehran and set fire to offices.", [], ["GBR SANCTIONS IRN", "GBR CONDEMNS IRN"]),
 ("Foreign Secretary William Hague said the attack could not have happened without the consent of the Iranian regime.", ["person:william-hague CONDEMNS IRN"], []),
 ("Norway temporarily closed its embassy in Tehran, while France, Germany and the Netherlands recalled their ambassadors for consultations.", [], ["NOR SANCTIONS IRN", "FRA SANCTIONS IRN", "DEU SANCTIONS IRN", "NLD SANCTIONS IRN"]),
 ("The UN Security Council condemned the attack in the strongest terms.", [], ["org:UNSC CONDEMNS IRN"]),
 ("Iran's foreign ministry expressed regret but accused Britain of acting hastily by expelling its diplomats.", ["IRN CONDEMNS GBR"], []),
]
