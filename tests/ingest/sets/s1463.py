DAY = "2024-10-24"
SENTS = [
 ("Narendra Modi and Xi Jinping held their first formal talks in five years on the sidelines of the BRICS summit in Kazan on Wednesday.", ["person:narendra-modi MEETS person:xi-jinping"], ["IND MEMBER_OF org:BRICS", "CHN MEMBER_OF org:BRICS", "person:narendra-modi MEETS RUS", "person:xi-jinping MEETS RUS"]),
 ("The meeting came days after India and China agreed on patrolling arrangements along their disputed Himalayan border.", [], ["IND MEETS CHN"]),
 ("Relations collapsed after a clash in the Galwan Valley in 2020 killed 20 Indian and four Chinese soldiers.", [], ["CHN ATTACKS IND", "IND ATTACKS CHN"]),
 ("Vladimir Putin hosted the summit, his largest international gathering since the invasion of Ukraine.", [], ["RUS ATTACKS UKR"]),
 ("India has kept buying Russian oil despite Western pressure.", ["RUS TRADES_WITH IND"], []),
]
