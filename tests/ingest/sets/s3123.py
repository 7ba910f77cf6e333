DAY = "1990-07-30"
SENTS = [
 ("Muslim militants who stormed Trinidad and Tobago's parliament on Friday held Prime Minister A.N.R. Robinson and several ministers hostage for a third day on Sunday.", [], ["person:a-n-r-robinson LEADS TTO"]),
 ("The rebels' leader, Yasin Abu Bakr, a former policeman, has demanded the government's resignation and new elections.", [], []),
 ("Venezuela and Jamaica offered troops to help restore order, and the United States sent a team of military advisers to Port of Spain.", [], ["VEN SUPPORTS TTO", "JAM SUPPORTS TTO", "USA SUPPORTS TTO", "USA DEPLOYS_TROOPS TTO"]),
 ("Trinidad's government has accused Libya of training and financing the group, an allegation Tripoli denied.", ["TTO CONDEMNS LBY"], []),
 ("Caribbean Community leaders met in emergency session and declared their solidarity with Mr Robinson's government.", ["org:CARICOM SUPPORTS TTO"], ["org:CARICOM SUPPORTS person:a-n-r-robinson"]),
]
