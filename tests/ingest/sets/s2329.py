DAY = "2017-12-09"
SENTS = [
 ("Sri Lanka formally handed over the southern port of Hambantota to China on Saturday on a 99-year lease, after struggling to repay the Chinese loans that financed its construction.", ["CHN SUPPORTS LKA"], ["LKA TRADES_WITH CHN"]),
 ("China Merchants Port Holdings, a state-owned company, paid $1.1 billion for a 70 percent stake in the port.", [], []),
 ("Prime Minister Ranil Wickremesinghe said the money would be used to pay off foreign debt and insisted the port would not be used for military purposes.", [], ["person:ranil-wickremesinghe LEADS LKA"]),
 ("India, which regards the Indian Ocean island as part of its sphere of influence, has voiced concern that Chinese warships could use the harbour.", [], ["IND CONDEMNS CHN"]),
 ("A Chinese submarine's visit to Colombo in 2014 had already alarmed New Delhi.", [], ["CHN DEPLOYS_TROOPS LKA"]),
 ("Sri Lanka owes China more than $8 billion, much of it borrowed under former president Mahinda Rajapaksa, who turned to Beijing for arms and money during the final years of the civil war.", ["CHN SUPPORTS LKA", "CHN SUPPLIES_ARMS LKA"], ["person:mahinda-rajapaksa LEADS LKA", "CHN SUPPORTS person:mahinda-rajapaksa", "CHN SUPPLIES_ARMS person:mahinda-rajapaksa"]),
]
