DAY = "2003-11-24"
SENTS = [
 ("Eduard Shevardnadze resigned as Georgia's president on Sunday after protesters led by Mikheil Saakashvili stormed parliament.", [], ["person:eduard-shevardnadze LEADS GEO"]),
 ("Russian Foreign Minister Igor Ivanov flew to Tbilisi and held talks with Shevardnadze and the opposition leaders before the resignation.", ["person:igor-ivanov MEETS person:eduard-shevardnadze"], ["person:igor-ivanov MEETS GEO", "person:igor-ivanov MEETS person:mikheil-saakashvili"]),
 ("The United States, which has trained Georgian troops and pays for much of the government's budget, said it welcomed the peaceful transfer of power.", ["USA SUPPORTS GEO"], []),
 ("Russia keeps two military bases in Georgia, which Tbilisi wants closed.", ["RUS DEPLOYS_TROOPS GEO"], ["GEO CONDEMNS RUS"]),
 ("Parliament speaker Nino Burjanadze became acting president.", [], ["person:nino-burjanadze LEADS GEO"]),
]
