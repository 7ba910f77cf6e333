DAY = "2013-03-06"
SENTS = [
 ("Malaysian jets bombed the hideout of armed followers of the Sultan of Sulu near Lahad Datu on Tuesday before troops moved in, three weeks after the intruders landed from the southern Philippines.", [], []),
 ("Prime Minister Najib Razak vowed to hunt down the gunmen, who have killed eight Malaysian policemen since the standoff began.", [], ["person:najib-razak LEADS MYS"]),
 ("President Benigno Aquino of the Philippines urged the sultan's men to surrender and said Manila had not backed the incursion.", ["person:benigno-aquino-iii LEADS PHL"], []),
 ("The Philippine foreign secretary, Albert del Rosario, summoned the Malaysian ambassador on Wednesday over reports that Filipino civilians had been mistreated in Sabah.", ["person:albert-del-rosario CONDEMNS MYS"], ["PHL CONDEMNS MYS"]),
 ("Kuala Lumpur has asked Manila to help stop the flow of armed men across the Sulu Sea.", [], []),
]
