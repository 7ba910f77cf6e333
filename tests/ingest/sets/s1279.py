DAY = "2025-11-01"
SENTS = [
 ("The UN Security Council endorsed Morocco's autonomy plan as the basis for negotiations on Western Sahara on Friday.", ["org:UNSC SUPPORTS MAR"], []),
 ("Eleven members voted for the US-drafted resolution, while Russia, China and Pakistan abstained and Algeria did not take part.", [], []),
 ("Algeria, which backs the Polisario Front's demand for an independence referendum, called the resolution unbalanced.", ["DZA SUPPORTS org:POLISARIO"], ["DZA CONDEMNS org:UNSC"]),
 ("King Mohammed VI said the vote opened a new chapter in Morocco's history.", [], ["person:mohammed-vi LEADS MAR"]),
 ("Spain, France and Britain have all declared their support for the Moroccan plan in recent years.", ["ESP SUPPORTS MAR", "FRA SUPPORTS MAR", "GBR SUPPORTS MAR"], []),
]
