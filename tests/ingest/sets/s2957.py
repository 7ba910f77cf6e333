DAY = "1955-03-29"
SENTS = [
 ("The Security Council today condemned Israel for the attack by its regular forces on Egyptian army positions near Gaza on February 28.", ["org:UNSC CONDEMNS ISR"], ["ISR ATTACKS EGY"]),
 ("The resolution, put forward by Britain, France and the United States, was adopted unanimously.", [], []),
 ("Thirty-eight Egyptians were killed in the raid, the bloodiest clash on the border since the armistice of 1949.", [], []),
 ("Egypt's delegate, Omar Loutfi, accused Israel of planned aggression, while Abba Eban answered that raiders from the Gaza Strip had been crossing into Israel for months.", ["person:omar-loutfi CONDEMNS ISR"], ["EGY CONDEMNS ISR", "person:abba-eban CONDEMNS EGY"]),
 ("In Cairo, Prime Minister Nasser said Egypt would look for arms wherever it could find them.", [], ["person:gamal-abdel-nasser LEADS EGY"]),
]
