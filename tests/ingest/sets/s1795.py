DAY = "2023-10-18"
SENTS = [
 ("Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Beijing on Wednesday on the sidelines of a forum marking ten years of the Belt and Road Initiative.", ["person:xi-jinping LEADS CHN", "person:vladimir-putin LEADS RUS", "person:vladimir-putin MEETS person:xi-jinping", "person:vladimir-putin MEETS CHN"], []),
 ("Putin, making his first trip outside the former Soviet Union since the International Criminal Court issued a warrant for his arrest, praised the deepening economic ties between the two countries.", ["CHN TRADES_WITH RUS"], ["org:ICC CONDEMNS person:vladimir-putin", "person:vladimir-putin SUPPORTS CHN"]),
 ("Trade between China and Russia rose to a record $190 billion last year as Moscow redirected oil exports to Asian buyers after Western sanctions.", ["CHN TRADES_WITH RUS"], ["bloc:WEST SANCTIONS RUS"]),
 ("Xi called Putin his dear old friend and said political trust between Beijing and Moscow was deepening.", ["person:xi-jinping SUPPORTS person:vladimir-putin"], ["CHN ALLIED_WITH RUS"]),
 ("Hungarian Prime Minister Viktor Orban, the only European Union leader at the forum, also met Putin, drawing criticism from Ukraine and from EU partners.", ["person:viktor-orban LEADS HUN", "person:viktor-orban MEETS person:vladimir-putin"], ["UKR CONDEMNS person:viktor-orban", "UKR CONDEMNS HUN", "HUN MEMBER_OF org:EU", "org:EU CONDEMNS HUN", "org:EU CONDEMNS person:viktor-orban", "person:viktor-orban MEETS CHN"]),
 ("Representatives of more than 130 countries attended the forum.", [], []),
]
