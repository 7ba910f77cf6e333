DAY = "2014-03-05"
SENTS = [
 ("Saudi Arabia, the United Arab Emirates and Bahrain withdrew their ambassadors from Qatar on Wednesday, accusing Doha of interfering in their internal affairs and supporting the Muslim Brotherhood.", ["SAU CONDEMNS QAT", "ARE CONDEMNS QAT", "BHR CONDEMNS QAT"], []),
 ("The three states said Qatar had failed to honour an agreement, signed in November, not to back groups that threaten the security of the Gulf Cooperation Council.", [], ["SAU CONDEMNS QAT", "ARE CONDEMNS QAT", "BHR CONDEMNS QAT", "QAT MEMBER_OF org:GCC"]),
 ("Qatar, whose emir, Sheikh Tamim bin Hamad Al Thani, took power last June, said it regretted the decision and would not retaliate.", ["person:tamim-bin-hamad-al-thani LEADS QAT"], []),
 ("Kuwait and Oman, the other members of the six-nation council, kept their envoys in Doha.", [], ["KWT MEMBER_OF org:GCC", "OMN MEMBER_OF org:GCC"]),
 ("Egypt recalled its ambassador from Doha last month over the coverage of the crackdown on the Brotherhood by Qatar's Al Jazeera television.", [], ["EGY CONDEMNS QAT"]),
 ("Saudi Arabia has been Egypt's largest financial backer since the army removed Mohamed Morsi in July.", ["SAU SUPPORTS EGY"], []),
]
