DAY = "2001-06-16"
SENTS = [
 ("The leaders of China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan founded the Shanghai Cooperation Organisation in Shanghai on Friday, pledging to fight terrorism, separatism and extremism together.", ["CHN MEMBER_OF org:SCO", "RUS MEMBER_OF org:SCO", "KAZ MEMBER_OF org:SCO", "KGZ MEMBER_OF org:SCO", "TJK MEMBER_OF org:SCO", "UZB MEMBER_OF org:SCO"], []),
 ("Uzbekistan's entry turned the group known as the Shanghai Five into a six-nation bloc.", [], ["UZB MEMBER_OF org:SCO"]),
 ("Chinese President Jiang Zemin and Vladimir Putin also used the summit to criticise American plans for a national missile defence system.", ["person:jiang-zemin LEADS CHN", "person:jiang-zemin CONDEMNS USA", "person:vladimir-putin CONDEMNS USA"], ["person:vladimir-putin LEADS RUS", "person:jiang-zemin MEETS person:vladimir-putin"]),
 ("Putin and Jiang are due to sign a friendship treaty in Moscow next month.", [], ["CHN ALLIED_WITH RUS", "person:jiang-zemin MEETS person:vladimir-putin", "person:jiang-zemin MEETS RUS"]),
 ("Kazakh President Nursultan Nazarbayev said the organisation would not be directed against any other country.", ["person:nursultan-nazarbayev LEADS KAZ"], []),
]
