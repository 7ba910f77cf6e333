DAY = "2021-07-08"
SENTS = [
 ("Haitian President Jovenel Moise was shot dead at his home in Port-au-Prince early on Wednesday by a group of gunmen, the interim prime minister said.", ["person:jovenel-moise LEADS HTI"], []),
 ("Police later said most of the suspects were Colombian former soldiers, and two were Haitian-Americans.", [], []),
 ("Colombia's government said it would cooperate with the investigation and that some of the men had been recruited by private companies.", [], []),
 ("The United States said it would send FBI and Homeland Security officials to Port-au-Prince to help with the investigation.", [], ["USA SUPPORTS HTI"]),
 ("The Dominican Republic closed its border with Haiti and stepped up security.", [], []),
]
