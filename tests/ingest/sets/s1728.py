DAY = "2017-10-25"
SENTS = [
 ("Philippine troops declared the end of a five-month battle against Islamic State-linked militants in the southern city of Marawi on Monday.", [], ["PHL ATTACKS org:ISIS"]),
 ("US special forces provided surveillance and intelligence to the Philippine military throughout the siege.", ["USA SUPPORTS PHL"], []),
 ("China donated rifles and ammunition to the Philippine police, and Russia delivered trucks and thousands of assault rifles.", ["CHN SUPPLIES_ARMS PHL"], ["RUS SUPPLIES_ARMS PHL"]),
 ("President Rodrigo Duterte, who has often criticised Washington, thanked all three countries for their help.", [], ["person:rodrigo-duterte LEADS PHL", "person:rodrigo-duterte CONDEMNS USA"]),
 ("Australia sent two surveillance aircraft to help track the militants.", [], ["AUS SUPPORTS PHL"]),
]
