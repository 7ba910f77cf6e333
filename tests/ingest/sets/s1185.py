DAY = "2025-09-11"
SENTS = [
 ("Polish and Dutch F-35s shot down several Russian drones that entered Polish airspace overnight, the first time a NATO member has fired on Russian assets during the war.", [], ["RUS ATTACKS POL", "POL ATTACKS RUS", "NLD ATTACKS RUS"]),
 ("Warsaw invoked Article 4 of the NATO treaty, which allows allies to request consultations when their security is threatened.", [], ["POL MEMBER_OF org:NATO"]),
 ("Prime Minister Donald Tusk told parliament that the incursion was a large-scale provocation.", [], ["person:donald-tusk LEADS POL", "person:donald-tusk CONDEMNS RUS"]),
 ("Moscow said it had not intended to target Poland.", []),
 ("Germany announced it would extend its air policing mission over Poland and deploy more Eurofighters.", [], ["DEU DEPLOYS_TROOPS POL", "DEU SUPPORTS POL"]),
]
