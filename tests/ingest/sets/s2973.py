DAY = "1947-01-20"
SENTS = [
 ("Poland voted yesterday in elections that the United States and Britain had warned would not be free.", [], ["USA CONDEMNS POL", "GBR CONDEMNS POL"]),
 ("The Government bloc, led by the Communists, claimed more than 80 per cent of the vote, and Stanislaw Mikolajczyk's Peasant Party said thousands of its candidates had been struck off the lists.", [], []),
 ("Earlier this month the State Department sent notes to Moscow and London complaining that the Polish Government was arresting opposition candidates.", ["USA CONDEMNS POL"], ["USA MEETS SUN", "USA MEETS GBR"]),
 ("Soviet troops, who have remained in Poland since the war, were not seen near the polling stations.", ["SUN DEPLOYS_TROOPS POL"], []),
 ("Mr. Mikolajczyk said he would ask the Western powers to declare the elections invalid.", [], []),
]
