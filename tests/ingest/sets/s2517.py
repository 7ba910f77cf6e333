DAY = "2020-02-29"
SENTS = [
 ("The United States and the Taliban signed an agreement in Doha on Saturday under which all American troops would leave Afghanistan within 14 months if the insurgents keep their promises.", [], ["USA MEETS org:TALIBAN", "USA DEPLOYS_TROOPS AFG"]),
 ("Secretary of State Mike Pompeo looked on as the American envoy and the Taliban's political chief, Mullah Abdul Ghani Baradar, signed the document.", [], ["person:mike-pompeo MEETS org:TALIBAN"]),
 ("NATO, which has about 16,000 troops in Afghanistan, said it would reduce its forces in step with the United States.", ["org:NATO DEPLOYS_TROOPS AFG"], ["USA DEPLOYS_TROOPS AFG"]),
 ("The Afghan government of President Ashraf Ghani, which was not a party to the deal, said it had made no commitment to free 5,000 Taliban prisoners.", ["person:ashraf-ghani LEADS AFG"], []),
 ("Pakistan, which has long been accused of sheltering Taliban leaders, welcomed the agreement and said it had helped to bring the two sides together.", [], ["PAK SUPPORTS org:TALIBAN"]),
]
