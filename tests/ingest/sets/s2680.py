DAY = "1986-06-26"
SENTS = [
 ("The House of Representatives voted 221 to 209 on Wednesday to give $100 million in military and other aid to the Contra rebels fighting Nicaragua's Sandinista government.", ["org:CONTRAS ATTACKS NIC"], ["USA SUPPORTS org:CONTRAS"]),
 ("President Reagan, who had lobbied hard for the money, called the vote a victory for freedom.", [], ["person:ronald-reagan LEADS USA"]),
 ("Nicaragua's President Daniel Ortega said the vote amounted to a declaration of war by the United States.", ["person:daniel-ortega LEADS NIC", "person:daniel-ortega CONDEMNS USA"], []),
 ("The International Court of Justice is due to rule on Friday on Nicaragua's complaint that the United States mined its harbours.", ["NIC CONDEMNS USA"], ["USA ATTACKS NIC"]),
]
