DAY = "2019-03-25"
SENTS = [
 ("Two Russian air force planes carrying around 100 troops landed at Caracas airport on Saturday, according to local reports.", ["RUS DEPLOYS_TROOPS VEN"], []),
 ("Donald Trump said Russia has to get out of Venezuela and warned that all options were open.", [], ["person:donald-trump CONDEMNS RUS", "RUS DEPLOYS_TROOPS VEN"]),
 ("The Kremlin said the specialists had arrived under a military cooperation agreement signed with Nicolas Maduro's government in 2001.", [], ["RUS ALLIED_WITH VEN", "RUS DEPLOYS_TROOPS VEN", "person:nicolas-maduro LEADS VEN"]),
 ("China, Venezuela's largest creditor, has lent Caracas more than $50 billion in exchange for oil.", ["CHN SUPPORTS VEN", "CHN TRADES_WITH VEN"], []),
 ("Cuba, which Washington accuses of propping up Maduro with thousands of security agents, denied having any troops in Venezuela.", ["USA CONDEMNS CUB"], ["CUB SUPPORTS person:nicolas-maduro", "CUB SUPPORTS VEN"]),
]
