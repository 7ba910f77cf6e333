DAY = "2010-08-28"
SENTS = [
 ("Sudanese President Omar al-Bashir attended the signing of Kenya's new constitution in Nairobi on Friday, despite an international warrant for his arrest on genocide charges.", ["person:omar-al-bashir LEADS SDN", "person:omar-al-bashir MEETS KEN"], ["org:ICC CONDEMNS person:omar-al-bashir"]),
 ("The International Criminal Court reported Kenya to the UN Security Council for failing to arrest him, as a member of the court it is obliged to do.", ["org:ICC CONDEMNS KEN", "KEN MEMBER_OF org:ICC"], []),
 ("The United States said it was disappointed that Kenya had hosted Bashir.", ["USA CONDEMNS KEN"], ["person:omar-al-bashir MEETS KEN"]),
 ("Kenya said it had a duty to engage its neighbour, whose cooperation was needed for peace in southern Sudan.", [], ["KEN SUPPORTS SDN"]),
 ("The African Union has asked its members not to cooperate with the court's warrant.", [], ["org:AU CONDEMNS org:ICC", "org:AU SUPPORTS person:omar-al-bashir"]),
]
