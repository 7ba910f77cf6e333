DAY = "1982-05-03"
SENTS = [
 ("A British nuclear submarine torpedoed and sank the Argentine cruiser General Belgrano outside the exclusion zone around the Falkland Islands on Sunday, and more than 300 sailors are feared dead.", ["GBR ATTACKS ARG"], []),
 ("Argentina's military junta called the attack a treacherous act of aggression and turned down a peace plan put forward by Peru.", [], ["ARG CONDEMNS GBR"]),
 ("Peru's President Fernando Belaunde Terry, who drafted the plan with the United States, said Buenos Aires had been on the point of accepting it.", ["person:fernando-belaunde-terry LEADS PER"], []),
 ("The European Community renewed its ban on imports from Argentina, although Ireland and Italy asked to be released from it.", ["org:EU SANCTIONS ARG"], ["IRL SANCTIONS ARG", "ITA SANCTIONS ARG"]),
]
