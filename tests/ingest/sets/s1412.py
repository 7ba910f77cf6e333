DAY = "2023-11-20"
SENTS = [
 ("Houthi fighters dropped from a helicopter onto the Galaxy Leader cargo ship in the Red Sea on Sunday and sailed it to a Yemeni port.", [], []),
 ("Israel called the seizure an act of Iranian terrorism, saying the ship was owned by a British company and operated by a Japanese firm.", ["ISR CONDEMNS IRN"], []),
 ("The Houthis, who control Yemen's capital Sanaa, have fired drones and missiles at Israel since the start of the war in Gaza.", ["org:HOUTHIS ATTACKS ISR"], []),
 ("Japan said it was negotiating directly with the Houthis and had asked Saudi Arabia, Oman and Iran for help.", [], ["JPN MEETS org:HOUTHIS"]),
 ("The United States is considering designating the group as a terrorist organisation again.", [], []),
]
