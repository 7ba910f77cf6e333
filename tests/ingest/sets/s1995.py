DAY = "2007-12-12"
SENTS = [
 ("Russia suspended its participation in the Treaty on Conventional Armed Forces in Europe on Wednesday, freeing itself from limits on the number of tanks and troops it can deploy west of the Urals.", [], []),
 ("President Vladimir Putin signed the decree in July, citing US plans to deploy missile defence sites in Poland and the Czech Republic.", [], ["person:vladimir-putin CONDEMNS USA", "person:vladimir-putin LEADS RUS", "USA DEPLOYS_TROOPS POL", "USA DEPLOYS_TROOPS CZE"]),
 ("NATO said it regretted the decision and urged Moscow to reconsider.", [], ["org:NATO CONDEMNS RUS"]),
 ("The alliance's members have refused to ratify an adapted version of the treaty until Russia withdraws its troops from Georgia and Moldova.", ["RUS DEPLOYS_TROOPS GEO", "RUS DEPLOYS_TROOPS MDA"], ["org:NATO CONDEMNS RUS"]),
 ("Moscow keeps about 1,500 soldiers in Transnistria, a breakaway region of Moldova.", ["RUS DEPLOYS_TROOPS MDA"], []),
]
