DAY = "2011-03-15"
SENTS = [
 ("Saudi Arabia sent about 1,000 troops into Bahrain on Monday at the request of the kingdom's rulers to help quell weeks of protests by its Shiite majority.", ["SAU DEPLOYS_TROOPS BHR"], ["SAU SUPPORTS BHR"]),
 ("The United Arab Emirates said it would send 500 police officers.", [], ["ARE DEPLOYS_TROOPS BHR"]),
 ("The troops entered across the causeway linking the two countries under the banner of the Gulf Cooperation Council's Peninsula Shield force.", [], []),
 ("Iran called the deployment unacceptable and accused Riyadh of interfering in Bahrain's internal affairs.", ["IRN CONDEMNS SAU"], []),
 ("The United States, whose Fifth Fleet is based in Bahrain, urged restraint.", ["USA DEPLOYS_TROOPS BHR"], []),
]
