DAY = "1965-04-30"
SENTS = [
 ("About 400 United States Marines landed in Santo Domingo on Wednesday to evacuate Americans caught in the civil war in the Dominican Republic.", ["USA DEPLOYS_TROOPS DOM"], []),
 ("President Lyndon B. Johnson said on Friday that he had ordered more troops to the island to prevent a communist takeover.", [], ["person:lyndon-b-johnson LEADS USA", "USA DEPLOYS_TROOPS DOM"]),
 ("The Organization of American States called an emergency meeting, and Mexico, Chile and Venezuela criticised the intervention as a violation of the OAS charter.", [], ["MEX CONDEMNS USA", "CHL CONDEMNS USA", "VEN CONDEMNS USA"]),
 ("The Soviet Union demanded that the Security Council condemn the United States for armed intervention.", ["SUN CONDEMNS USA"], []),
 ("Brazil later offered troops for an inter-American peace force.", [], ["BRA DEPLOYS_TROOPS DOM"]),
]
