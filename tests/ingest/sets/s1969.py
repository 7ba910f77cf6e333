DAY = "2018-03-13"
SENTS = [
 ("Somalia's parliament voted on Monday to ban the Dubai ports operator DP World from operating in the country, after it signed a deal with the breakaway region of Somaliland and Ethiopia to run the port of Berbera.", [], []),
 ("Ethiopia will take a 19 percent stake in the Berbera port, and the United Arab Emirates is building a military base nearby.", [], ["ARE DEPLOYS_TROOPS SOM"]),
 ("Somalia accused the UAE of violating its sovereignty.", ["SOM CONDEMNS ARE"], []),
 ("President Mohamed Abdullahi Farmaajo has kept Somalia neutral in the Gulf dispute between Qatar and its neighbours, angering Abu Dhabi.", [], ["person:mohamed-abdullahi-mohamed LEADS SOM"]),
 ("Somali security forces seized nearly $10 million in cash from a UAE plane at Mogadishu airport last month.", [], []),
 ("Turkey, which operates a military training base in Mogadishu, has become Somalia's closest foreign ally.", ["TUR DEPLOYS_TROOPS SOM", "TUR ALLIED_WITH SOM"], []),
]
