DAY = "2024-09-04"
SENTS = [
 ("Vladimir Putin was welcomed with an honour guard in Ulaanbaatar on Tuesday, his first visit to a member state of the International Criminal Court since it issued a warrant for his arrest.", ["person:vladimir-putin MEETS MNG"], []),
 ("Mongolia, which depends on Russia for most of its fuel, ignored calls from Ukraine and the EU to arrest him.", ["MNG TRADES_WITH RUS"], ["MNG MEMBER_OF org:ICC"]),
 ("President Ukhnaagiin Khurelsukh held talks with Putin on energy supplies and a planned gas pipeline to China.", ["person:ukhnaagiin-khurelsukh MEETS person:vladimir-putin"], ["person:ukhnaagiin-khurelsukh LEADS MNG"]),
 ("Kyiv called Mongolia's failure to arrest Putin a heavy blow to international criminal justice.", ["UKR CONDEMNS MNG"], []),
 ("The Kremlin said it had no concerns about the trip.", [], []),
]
