DAY = "2003-03-02"
SENTS = [
 ("Turkey's parliament on Saturday narrowly rejected a motion to allow 62,000 American troops to use Turkish bases for an invasion of Iraq, dealing a blow to Pentagon plans for a northern front.", [], ["USA ATTACKS IRQ", "USA DEPLOYS_TROOPS TUR"]),
 ("The vote came despite a $6 billion aid package Washington had offered Ankara in return for access.", [], ["USA SUPPORTS TUR"]),
 ("Prime Minister Abdullah Gul's government had backed the deployment, but nearly 100 members of the ruling party voted against it.", [], ["person:abdullah-gul LEADS TUR"]),
 ("American ships loaded with tanks and armoured vehicles have been waiting off the Turkish coast for weeks.", [], ["USA DEPLOYS_TROOPS TUR"]),
 ("Turkey, a NATO member, has long allowed American planes to patrol northern Iraq from its Incirlik air base.", ["TUR MEMBER_OF org:NATO", "TUR SUPPORTS USA"], ["USA DEPLOYS_TROOPS TUR", "USA DEPLOYS_TROOPS IRQ"]),
 ("Secretary of State Colin Powell said the United States respected the decision of Turkey's parliament.", [], ["USA SUPPORTS TUR"]),
]
