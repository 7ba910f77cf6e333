DAY = "2022-09-17"
SENTS = [
 ("Kyrgyzstan accused Tajikistan on Friday of attacking its border posts and villages with tanks, mortars and drones, and said at least 24 people had been killed.", ["KGZ CONDEMNS TJK"], ["TJK ATTACKS KGZ"]),
 ("Dushanbe said Kyrgyz troops had opened fire first on its positions near the Vorukh enclave.", ["TJK CONDEMNS KGZ"], ["KGZ ATTACKS TJK"]),
 ("In Samarkand, where both were attending a summit of the Shanghai Cooperation Organisation, Mr. Japarov and Tajikistan's Emomali Rahmon met briefly and ordered their commanders to hold fire.", ["person:emomali-rahmon LEADS TJK", "person:sadyr-japarov MEETS person:emomali-rahmon"], ["person:sadyr-japarov LEADS KGZ", "person:sadyr-japarov MEETS UZB", "person:emomali-rahmon MEETS UZB", "KGZ MEMBER_OF org:SCO", "TJK MEMBER_OF org:SCO"]),
 ("Russia keeps an air base at Kant in Kyrgyzstan and its largest foreign army base in Tajikistan.", ["RUS DEPLOYS_TROOPS KGZ", "RUS DEPLOYS_TROOPS TJK"], []),
]
