DAY = "2023-08-24"
SENTS = [
 ("BRICS leaders meeting in Johannesburg invited Argentina, Egypt, Ethiopia, Iran, Saudi Arabia and the United Arab Emirates to join the bloc from January.", [], []),
 ("The group currently comprises Brazil, Russia, India, China and South Africa.", ["BRA MEMBER_OF org:BRICS", "RUS MEMBER_OF org:BRICS", "IND MEMBER_OF org:BRICS", "CHN MEMBER_OF org:BRICS", "ZAF MEMBER_OF org:BRICS"], []),
 ("Vladimir Putin, who faces an International Criminal Court arrest warrant, took part by video link instead of travelling to South Africa.", [], ["org:ICC CONDEMNS person:vladimir-putin"]),
 ("Chinese President Xi Jinping and Indian Prime Minister Narendra Modi held a rare conversation on the sidelines of the summit.", ["person:xi-jinping LEADS CHN", "person:narendra-modi LEADS IND", "person:xi-jinping MEETS person:narendra-modi"], ["person:xi-jinping MEETS ZAF", "person:narendra-modi MEETS ZAF"]),
 ("Host Cyril Ramaphosa said the expansion showed the bloc's commitment to an inclusive world order.", [], []),
]
