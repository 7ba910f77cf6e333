DAY = "2025-07-10"
SENTS = [
 ("Houthi fighters sank a second merchant ship in the Red Sea this week, the Liberian-flagged Eternity C, after attacking it with drones, rocket-propelled grenades and speedboats.", [], ["org:HOUTHIS ATTACKS LBR"]),
 ("At least four of the ship's crew were killed, and the group said it had taken others to Yemen.", [], []),
 ("Days earlier the rebels had sunk the Magic Seas, a Greek-operated bulk carrier, saying its owners' other vessels had called at Israeli ports.", [], ["org:HOUTHIS ATTACKS GRC"]),
 ("The European Union's naval mission in the Red Sea accused the Houthis of endangering the lives of seafarers who have nothing to do with the war in Gaza.", ["org:EU CONDEMNS org:HOUTHIS"], []),
 ("Israeli jets struck the ports of Hodeidah, Ras Isa and Salif on Monday, saying they were used to bring in Iranian weapons.", ["ISR ATTACKS YEM"], ["IRN SUPPLIES_ARMS org:HOUTHIS"]),
]
