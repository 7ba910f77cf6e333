DAY = "1966-10-25"
SENTS = [
 ("President Johnson and the leaders of six Asian and Pacific nations with troops in Vietnam ended a two-day conference in Manila on Tuesday with a pledge to withdraw their forces within six months of a North Vietnamese pullback.", [], ["person:lyndon-b-johnson LEADS USA", "USA DEPLOYS_TROOPS RVN", "USA MEETS PHL"]),
 ("Prime Minister Harold Holt of Australia, whose country has 4,500 men in Vietnam, told reporters his government would send more if they were needed.", ["person:harold-holt LEADS AUS", "AUS DEPLOYS_TROOPS RVN"], []),
 ("With 45,000 combat soldiers in South Vietnam, Seoul is the biggest contributor after Washington.", ["KOR DEPLOYS_TROOPS RVN"], ["USA DEPLOYS_TROOPS RVN"]),
 ("Johnson held separate talks with President Park Chung Hee of South Korea and Lieut. Gen. Nguyen Van Thieu, South Vietnam's chief of state.", ["person:lyndon-b-johnson MEETS person:park-chung-hee", "person:lyndon-b-johnson MEETS person:nguyen-van-thieu", "person:park-chung-hee LEADS KOR", "person:nguyen-van-thieu LEADS RVN"], []),
 ("North Vietnam's radio called the gathering a war council of the American imperialists and their lackeys.", [], ["VDR CONDEMNS USA"]),
]
