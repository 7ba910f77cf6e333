DAY = "2003-07-24"
SENTS = [
 ("The first Australian troops and police of a regional intervention force landed in the Solomon Islands on Thursday to restore order after years of ethnic violence.", ["AUS DEPLOYS_TROOPS SLB"], []),
 ("New Zealand, Fiji, Papua New Guinea and Tonga are also sending soldiers and police to the mission, which will number about 2,200.", [], ["NZL DEPLOYS_TROOPS SLB", "FJI DEPLOYS_TROOPS SLB", "PNG DEPLOYS_TROOPS SLB", "TON DEPLOYS_TROOPS SLB"]),
 ("Prime Minister Allan Kemakeza asked Australia for help in April, and the Pacific Islands Forum endorsed the mission this month.", [], ["person:allan-kemakeza LEADS SLB", "org:PIF SUPPORTS SLB"]),
 ("Australian Prime Minister John Howard said the country could not afford a failed state on its doorstep.", ["person:john-howard LEADS AUS"], []),
 ("Australia is the largest aid donor to the Solomon Islands.", ["AUS SUPPORTS SLB"], []),
]
