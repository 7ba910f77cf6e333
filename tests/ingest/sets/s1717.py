DAY = "2022-04-20"
SENTS = [
 ("The Solomon Islands has signed a security pact with China that allows Chinese police and armed forces to be deployed in the Pacific nation at its request.", ["SLB ALLIED_WITH CHN"], ["CHN DEPLOYS_TROOPS SLB"]),
 ("Australia, which has long been the islands' main security partner, said it was deeply disappointed.", ["AUS ALLIED_WITH SLB"], ["AUS CONDEMNS SLB"]),
 ("Prime Minister Manasseh Sogavare said the deal would not be used to build a Chinese military base.", [], ["person:manasseh-sogavare LEADS SLB"]),
 ("A US delegation led by Kurt Campbell will visit Honiara this week.", [], ["USA MEETS SLB"]),
 ("Australian police and soldiers were sent to the capital last year to quell riots.", [], ["AUS DEPLOYS_TROOPS SLB"]),
]
