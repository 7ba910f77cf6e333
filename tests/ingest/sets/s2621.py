DAY = "1992-04-01"
SENTS = [
 ("The Security Council voted on Tuesday to ban all flights to and from Libya and to embargo arms sales to it unless it hands over two men accused of the bombing of Pan Am Flight 103.", ["org:UNSC SANCTIONS LBY"], []),
 ("The resolution, which takes effect on April 15, passed by 10 votes to none, with China, India, Morocco, Cape Verde and Zimbabwe abstaining.", [], []),
 ("The United States, Britain and France drafted the measure after Libya refused to surrender the two intelligence agents.", [], ["USA SANCTIONS LBY", "GBR SANCTIONS LBY", "FRA SANCTIONS LBY"]),
 ("Libya's leader, Col. Muammar Qaddafi, called the vote a declaration of war and threatened to cut off oil to countries that enforced it.", ["person:muammar-gaddafi LEADS LBY"], ["person:muammar-gaddafi CONDEMNS org:UNSC", "LBY CONDEMNS org:UNSC"]),
]
