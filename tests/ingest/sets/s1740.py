DAY = "1976-07-04"
SENTS = [
 ("Israeli commandos stormed the old terminal at Entebbe airport in Uganda overnight and freed more than 100 hostages held by hijackers.", ["ISR ATTACKS UGA"], []),
 ("The raiders killed the hijackers and at least 20 Ugandan soldiers, and destroyed a number of MiG fighters on the ground.", [], ["ISR ATTACKS UGA"]),
 ("The Israeli planes refuelled in Nairobi on the way home with the permission of the Kenyan government.", [], ["KEN SUPPORTS ISR"]),
 ("Uganda's President Idi Amin, who had welcomed the hijackers, accused Israel of aggression and demanded compensation.", ["person:idi-amin LEADS UGA", "person:idi-amin CONDEMNS ISR"], ["UGA CONDEMNS ISR"]),
 ("The Soviet Union and several African states condemned the raid as a violation of Ugandan sovereignty.", [], ["SUN CONDEMNS ISR"]),
]
