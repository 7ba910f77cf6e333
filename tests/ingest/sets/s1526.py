DAY = "2024-09-03"
SENTS = [
 ("Vladimir Putin arrived in Mongolia on Tuesday for his first visit to a member state of the International Criminal Court since it issued a warrant for his arrest.", ["person:vladimir-putin MEETS MNG", "MNG MEMBER_OF org:ICC"], ["org:ICC CONDEMNS person:vladimir-putin"]),
 ("President Ukhnaagiin Khurelsukh greeted Putin with an honour guard in the capital's Sukhbaatar Square.", ["person:ukhnaagiin-khurelsukh MEETS person:vladimir-putin"], ["person:ukhnaagiin-khurelsukh LEADS MNG", "person:vladimir-putin MEETS MNG"]),
 ("Ukraine had urged Mongolia to arrest the Russian leader and accused it of sharing responsibility for his war crimes.", ["UKR CONDEMNS MNG"], ["UKR CONDEMNS person:vladimir-putin"]),
 ("The European Union said it regretted that Mongolia had not fulfilled its obligations under the Rome Statute.", ["org:EU CONDEMNS MNG"], []),
 ("Mongolia, which depends on Russia for almost all of its fuel, said it had to maintain a neutral policy.", ["RUS TRADES_WITH MNG"], []),
]
