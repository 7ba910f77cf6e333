DAY = "1999-01-18"
SENTS = [
 ("Yugoslavia ordered the head of the international monitoring mission in Kosovo to leave the country on Monday after he blamed Serbian police for the killing of 45 ethnic Albanians in the village of Racak.", [], ["org:OSCE CONDEMNS SRB"]),
 ("William Walker, an American diplomat who leads the mission of the Organization for Security and Cooperation in Europe, called the killings a crime against humanity.", [], []),
 ("NATO warned President Slobodan Milosevic that it was ready to launch air strikes if Belgrade did not stop the violence.", [], ["org:NATO CONDEMNS person:slobodan-milosevic", "person:slobodan-milosevic LEADS YUG", "org:NATO ATTACKS YUG"]),
 ("Russia, Serbia's traditional ally, urged restraint and said the expulsion order should be reconsidered.", ["RUS ALLIED_WITH SRB"], []),
 ("Britain and France summoned Yugoslavia's ambassadors to protest against the decision.", ["GBR CONDEMNS YUG", "FRA CONDEMNS YUG"], []),
]
