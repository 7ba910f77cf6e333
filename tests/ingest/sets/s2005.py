DAY = "2015-08-06"
SENTS = [
 ("France has cancelled the sale of two Mistral helicopter carriers to Russia and will reimburse Moscow, the Elysee said on Wednesday.", [], ["FRA SUPPLIES_ARMS RUS"]),
 ("President Francois Hollande suspended the delivery of the first ship last November over Russia's role in the conflict in eastern Ukraine.", [], ["person:francois-hollande LEADS FRA", "person:francois-hollande SANCTIONS RUS", "FRA CONDEMNS RUS", "FRA SUPPLIES_ARMS RUS"]),
 ("Hollande spoke to Vladimir Putin by telephone on Wednesday to finalise the terms.", ["person:francois-hollande MEETS person:vladimir-putin"], []),
 ("The United States and Poland had urged Paris not to deliver the warships to Moscow.", [], ["USA CONDEMNS RUS", "POL CONDEMNS RUS"]),
 ("Egypt, which has bought 24 Rafale fighter jets from France this year, is among the possible buyers of the two ships.", ["FRA SUPPLIES_ARMS EGY"], []),
]
