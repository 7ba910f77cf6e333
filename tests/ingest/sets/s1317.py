DAY = "2025-03-14"
SENTS = [
 ("Kyrgyzstan and Tajikistan signed a treaty on Thursday settling their long-disputed border, after clashes that killed about 100 people in 2022.", [], ["KGZ MEETS TJK", "KGZ ATTACKS TJK", "TJK ATTACKS KGZ"]),
 ("Presidents Sadyr Japarov and Emomali Rahmon signed the agreement in Bishkek.", ["person:emomali-rahmon MEETS KGZ"], ["person:sadyr-japarov MEETS person:emomali-rahmon", "person:sadyr-japarov LEADS KGZ", "person:emomali-rahmon LEADS TJK"]),
 ("Both countries host Russian military bases and belong to the Collective Security Treaty Organization.", [], ["RUS DEPLOYS_TROOPS KGZ", "RUS DEPLOYS_TROOPS TJK", "KGZ MEMBER_OF org:CSTO", "TJK MEMBER_OF org:CSTO"]),
 ("Uzbekistan's President Shavkat Mirziyoyev welcomed the deal.", ["person:shavkat-mirziyoyev LEADS UZB"], []),
 ("The three countries will meet in Khujand this month to mark the junction of their borders.", [], []),
]
