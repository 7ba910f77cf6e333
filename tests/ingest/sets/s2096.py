DAY = "1975-11-07"
SENTS = [
 ("Hundreds of thousands of unarmed Moroccans crossed into Spanish Sahara on Thursday in a Green March ordered by King Hassan II to claim the territory.", [], ["person:hassan-ii LEADS MAR"]),
 ("Spanish troops withdrew to a defensive line a few miles inside the border and did not fire on the marchers.", [], []),
 ("Algeria, which backs the Polisario Front's demand for independence, warned Rabat against any annexation.", ["DZA SUPPORTS org:POLISARIO"], ["DZA CONDEMNS MAR"]),
 ("The UN Security Council deplored the march and called on Morocco to withdraw the marchers immediately.", [], ["org:UNSC CONDEMNS MAR"]),
 ("Spain, whose dictator Francisco Franco is gravely ill, has begun talks with Morocco and Mauritania on handing over the territory.", ["ESP MEETS MAR", "ESP MEETS MRT"], ["person:francisco-franco LEADS ESP"]),
]
