DAY = "2024-09-05"
SENTS = [
 ("Vladimir Putin made a state visit to Mongolia on Tuesday despite an International Criminal Court warrant for his arrest, and the government in Ulaanbaatar did not detain him.", ["person:vladimir-putin MEETS MNG"], ["org:ICC CONDEMNS person:vladimir-putin"]),
 ("Mongolia, an ICC member, depends on Russia for almost all of its fuel.", ["MNG MEMBER_OF org:ICC", "RUS TRADES_WITH MNG"], []),
 ("The European Union said it regretted that Mongolia had not complied with its obligations under the Rome Statute.", ["org:EU CONDEMNS MNG"], []),
 ("Ukraine called the visit a blow to the court and said Mongolia shared responsibility for Putin's war crimes.", [], ["UKR CONDEMNS MNG"]),
 ("Putin held talks with President Ukhnaagiin Khurelsukh on a gas pipeline to China through Mongolian territory.", ["person:vladimir-putin MEETS person:ukhnaagiin-khurelsukh"], ["person:ukhnaagiin-khurelsukh LEADS MNG"]),
]
