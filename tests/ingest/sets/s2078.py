DAY = "1966-03-11"
SENTS = [
 ("France will withdraw its forces from NATO's integrated military command and has asked the alliance to remove its headquarters and American bases from French soil, President Charles de Gaulle told allied governments this week.", [], ["person:charles-de-gaulle LEADS FRA", "FRA MEMBER_OF org:NATO", "USA DEPLOYS_TROOPS FRA"]),
 ("De Gaulle said France would remain a member of the Atlantic alliance.", ["FRA MEMBER_OF org:NATO"], []),
 ("President Lyndon B. Johnson wrote to de Gaulle that the United States would abide by the decision.", [], ["person:lyndon-b-johnson LEADS USA", "person:lyndon-b-johnson MEETS person:charles-de-gaulle"]),
 ("West German Chancellor Ludwig Erhard expressed regret at the French move.", ["person:ludwig-erhard LEADS DEU", "person:ludwig-erhard CONDEMNS FRA"], []),
 ("The Soviet Union welcomed the decision as a blow to the aggressive bloc.", [], ["SUN SUPPORTS FRA"]),
]
