DAY = "1986-09-27"
SENTS = [
 ("France sent 150 paratroopers and four Jaguar jets to Togo on Wednesday after armed men tried to overthrow President Gnassingbe Eyadema in Lome.", ["FRA DEPLOYS_TROOPS TGO"], ["person:gnassingbe-eyadema LEADS TGO", "FRA SUPPORTS TGO"]),
 ("Zaire also flew in 350 soldiers under a defence accord between the two countries.", [], ["COD DEPLOYS_TROOPS TGO", "COD ALLIED_WITH TGO"]),
 ("Togo accused Ghana and Burkina Faso of training the attackers, who it said had crossed the border from Ghana.", ["TGO CONDEMNS GHA", "TGO CONDEMNS BFA"], []),
 ("Accra called the accusation baseless, and Flight Lieutenant Jerry Rawlings put Ghanaian forces along the frontier on alert.", [], ["person:jerry-rawlings LEADS GHA", "GHA CONDEMNS TGO"]),
]
