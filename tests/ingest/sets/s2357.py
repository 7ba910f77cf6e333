DAY = "2013-09-07"
SENTS = [
 ("The Group of 20 summit in St Petersburg ended on Friday with leaders split over whether to strike Syria, as Barack Obama failed to persuade Vladimir Putin.", [], ["person:barack-obama MEETS person:vladimir-putin", "USA ATTACKS SYR", "person:barack-obama MEETS RUS"]),
 ("Obama and Putin met for about 20 minutes on the sidelines but remained at odds.", ["person:barack-obama MEETS person:vladimir-putin"], []),
 ("Putin said a strike without UN approval would be an act of aggression, and warned that Russia would keep supplying arms to Damascus.", [], ["RUS SUPPLIES_ARMS SYR", "person:vladimir-putin CONDEMNS USA"]),
 ("Eleven countries, including Britain, France and Saudi Arabia, signed a statement calling for a strong international response to the chemical attack near Damascus.", [], ["GBR CONDEMNS SYR", "FRA CONDEMNS SYR", "SAU CONDEMNS SYR"]),
 ("Washington blames the forces of Bashar al-Assad for the attack, which killed hundreds of people in August.", ["USA CONDEMNS person:bashar-al-assad"], ["USA CONDEMNS SYR"]),
 ("China and Russia have blocked three Security Council resolutions on Syria since 2011.", ["CHN VETOES SYR", "RUS VETOES SYR"], []),
]
