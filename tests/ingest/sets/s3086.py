DAY = "1985-12-27"
SENTS = [
 ("Fighting broke out on Wednesday between Mali and Burkina Faso over the Agacher strip, a stretch of arid border land both countries claim, and Malian aircraft bombed the Burkinabe town of Ouahigouya.", ["MLI ATTACKS BFA"], ["BFA ATTACKS MLI"]),
 ("Burkina Faso's leader, Captain Thomas Sankara, accused President Moussa Traore of Mali of starting a war of aggression and said his troops were defending their homeland.", ["person:thomas-sankara LEADS BFA", "person:moussa-traore LEADS MLI", "person:thomas-sankara CONDEMNS person:moussa-traore"], ["person:thomas-sankara CONDEMNS MLI"]),
 ("Bamako said the Burkinabe army had attacked its police posts in the disputed area first.", ["MLI CONDEMNS BFA"], ["BFA ATTACKS MLI"]),
 ("Libya and Nigeria offered to mediate, and the West African defence pact to which both countries belong called an emergency meeting in Abidjan.", [], []),
 ("Both governments agreed in 1983 to let the World Court in The Hague settle where the frontier runs.", [], []),
]
