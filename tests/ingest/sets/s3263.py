DAY = "1990-10-13"
SENTS = [
 ("The Security Council voted unanimously on Friday to condemn Israel for the killing of 21 Palestinians by its police on the Temple Mount in Jerusalem on Monday.", ["org:UNSC CONDEMNS ISR"], []),
 ("The United States, which has vetoed similar resolutions in the past, voted in favour after its wording was softened.", [], ["USA CONDEMNS ISR"]),
 ("The resolution asks Secretary General Javier Perez de Cuellar to send a mission to the region, and Israel said it would not cooperate with it.", [], []),
 ("Prime Minister Yitzhak Shamir said the council had ignored the attack by Arab rioters on Jewish worshippers at the Western Wall.", [], ["person:yitzhak-shamir LEADS ISR", "person:yitzhak-shamir CONDEMNS org:UNSC"]),
 ("Baghdad, whose army has held Kuwait since August, complained of the double standards of the West.", ["IRQ CONDEMNS bloc:WEST"], ["IRQ DEPLOYS_TROOPS KWT", "IRQ ATTACKS KWT"]),
]
