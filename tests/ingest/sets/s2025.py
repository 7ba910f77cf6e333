DAY = "2013-07-10"
SENTS = [
 ("Saudi Arabia, the United Arab Emirates and Kuwait pledged a combined 12 billion dollars in aid to Egypt on Tuesday, a week after the army removed President Mohamed Morsi.", [], ["SAU SUPPORTS EGY", "ARE SUPPORTS EGY", "KWT SUPPORTS EGY"]),
 ("King Abdullah of Saudi Arabia was the first foreign leader to congratulate Egypt's interim President Adly Mansour.", ["person:abdullah-bin-abdulaziz LEADS SAU", "person:abdullah-bin-abdulaziz SUPPORTS person:adly-mansour", "person:adly-mansour LEADS EGY"], []),
 ("Qatar, which lent Morsi's government billions of dollars, has been more cautious.", ["QAT SUPPORTS EGY"], ["QAT SUPPORTS person:mohamed-morsi"]),
 ("Turkey's Prime Minister Recep Tayyip Erdogan condemned the removal of Morsi as a coup against democracy.", ["person:recep-tayyip-erdogan LEADS TUR"], ["person:recep-tayyip-erdogan SUPPORTS person:mohamed-morsi", "person:recep-tayyip-erdogan CONDEMNS EGY"]),
 ("The African Union suspended Egypt from its activities.", ["EGY MEMBER_OF org:AU"], ["org:AU SANCTIONS EGY"]),
]
