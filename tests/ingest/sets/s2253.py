DAY = "2000-03-27"
SENTS = [
 ("Vladimir Putin won Russia's presidential election on Sunday with 52.9 percent of the vote, avoiding a runoff.", [], ["person:vladimir-putin LEADS RUS"]),
 ("Putin, who has been acting president since Boris Yeltsin resigned on New Year's Eve, owes much of his popularity to the war in Chechnya.", [], ["person:vladimir-putin LEADS RUS"]),
 ("Prime Minister Tony Blair, who visited St Petersburg this month, telephoned Putin to congratulate him.", ["person:tony-blair MEETS person:vladimir-putin"], ["person:tony-blair SUPPORTS person:vladimir-putin", "person:tony-blair MEETS RUS", "person:tony-blair LEADS GBR"]),
 ("The European Union has criticized the Russian military's conduct in Chechnya, and the Council of Europe is threatening to suspend Russia's voting rights.", ["org:EU CONDEMNS RUS"], ["org:COE SANCTIONS RUS", "RUS MEMBER_OF org:COE", "org:COE CONDEMNS RUS"]),
 ("China's President Jiang Zemin said he looked forward to working with Putin to strengthen the strategic partnership between Beijing and Moscow.", ["person:jiang-zemin LEADS CHN", "CHN ALLIED_WITH RUS"], []),
]
