DAY = "2021-05-01"
SENTS = [
 ("Fighting broke out between Kyrgyz and Tajik forces on Thursday along their disputed border over a water distribution point, killing at least 40 people in the worst clashes since independence.", ["KGZ ATTACKS TJK", "TJK ATTACKS KGZ"], []),
 ("Kyrgyzstan accused Tajikistan of trying to seize territory and said Tajik troops had burned dozens of homes in the village of Kok-Tash.", ["KGZ CONDEMNS TJK"], ["TJK ATTACKS KGZ"]),
 ("President Sadyr Japarov and Tajik leader Emomali Rahmon agreed by telephone to a ceasefire and a pullback of troops.", ["person:emomali-rahmon LEADS TJK", "person:sadyr-japarov MEETS person:emomali-rahmon"], ["person:sadyr-japarov LEADS KGZ"]),
 ("Russia, which keeps military bases in Kyrgyzstan and Tajikistan, offered to mediate.", ["RUS DEPLOYS_TROOPS KGZ", "RUS DEPLOYS_TROOPS TJK"], []),
 ("Kyrgyzstan later closed its border crossings with Tajikistan to trade.", [], ["KGZ SANCTIONS TJK"]),
]
