DAY = "2010-02-26"
SENTS = [
 ("Nicolas Sarkozy on Thursday became the first French president to visit Rwanda since the 1994 genocide, admitting that France had made grave errors of judgment.", ["person:nicolas-sarkozy LEADS FRA", "person:nicolas-sarkozy MEETS RWA"], []),
 ("He held talks with President Paul Kagame, who has accused France of training and arming the militias that carried out the killings.", ["person:paul-kagame CONDEMNS FRA"], ["person:nicolas-sarkozy MEETS person:paul-kagame", "person:paul-kagame LEADS RWA"]),
 ("Rwanda broke off diplomatic relations with Paris in 2006 after a French judge accused Kagame's aides of shooting down the plane of his predecessor.", [], ["RWA CONDEMNS FRA"]),
 ("The two countries restored ties last November.", [], []),
 ("Rwanda joined the Commonwealth last year, and English has replaced French in its schools.", ["RWA MEMBER_OF org:COMMONWEALTH"], []),
]
