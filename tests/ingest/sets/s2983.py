DAY = "1959-11-06"
SENTS = [
 ("India told China in a note published today that Chinese troops had killed nine Indian policemen at the Kongka Pass on October 21.", ["IND CONDEMNS CHN", "CHN ATTACKS IND"], []),
 ("Prime Minister Nehru told Parliament that the patrol had been attacked on Indian soil without warning.", [], ["person:jawaharlal-nehru LEADS IND"]),
 ("Peking has claimed that the Indians fired first and has refused to return the bodies.", [], ["CHN CONDEMNS IND"]),
 ("Premier Chou En-lai proposed in a letter to Mr. Nehru that both armies pull back twenty kilometres from the line they now hold.", [], ["person:zhou-enlai LEADS CHN"]),
 ("The Soviet Union has urged both its friends to settle the dispute peacefully.", [], []),
]
