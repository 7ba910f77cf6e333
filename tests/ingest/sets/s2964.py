DAY = "1968-04-04"
SENTS = [
 ("North Vietnam said today that it was ready to send representatives to meet Americans, three days after President Johnson halted most of the bombing of the North.", [], ["VDR MEETS USA", "person:lyndon-b-johnson LEADS USA"]),
 ("American planes went on striking targets in the southern panhandle of North Vietnam.", ["USA ATTACKS VDR"], []),
 ("Hanoi's statement, read over its radio, accused the United States of deceiving public opinion with a partial halt.", ["VDR CONDEMNS USA"], []),
 ("In Saigon, President Thieu said South Vietnam must take part in any talks about its future.", [], ["person:nguyen-van-thieu LEADS RVN"]),
 ("Australia and New Zealand, which have troops fighting in South Vietnam, welcomed Hanoi's reply.", ["AUS DEPLOYS_TROOPS RVN", "NZL DEPLOYS_TROOPS RVN"], ["AUS SUPPORTS VDR", "NZL SUPPORTS VDR"]),
]
