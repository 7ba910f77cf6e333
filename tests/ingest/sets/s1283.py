DAY = "2025-09-15"
SENTS = [
 ("Sushila Karki, a former chief justice, was sworn in as Nepal's interim prime minister on Friday after youth-led protests toppled the government of KP Sharma Oli.", ["person:sushila-karki LEADS NPL"], []),
 ("At least 70 people were killed when police opened fire on protesters angered by a ban on social media platforms.", [], []),
 ("India and China, Nepal's giant neighbours, both welcomed the appointment.", [], ["IND SUPPORTS NPL", "CHN SUPPORTS NPL"]),
 ("Oli had visited Beijing in August for the SCO summit and met Xi Jinping.", ["person:kp-sharma-oli MEETS CHN", "person:kp-sharma-oli MEETS person:xi-jinping"], []),
 ("Nepal depends on India for almost all of its fuel imports.", ["NPL TRADES_WITH IND"]),
]
