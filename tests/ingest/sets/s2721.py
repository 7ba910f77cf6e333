DAY = "1965-07-28"
SENTS = [
 ("President Johnson said on Wednesday that he was ordering 50,000 more American troops to Vietnam at once, raising the force there to 125,000 men.", ["USA DEPLOYS_TROOPS VNM"], ["person:lyndon-b-johnson LEADS USA", "USA DEPLOYS_TROOPS RVN"]),
 ("Monthly draft calls will be doubled to 35,000, but the reserves will not be called up for now.", [], []),
 ("Mr. Johnson also said he had asked Secretary General U Thant to use his influence to bring the war to the conference table.", [], ["person:lyndon-b-johnson MEETS person:u-thant"]),
 ("Peking radio denounced the build-up as a new step in American aggression against the Vietnamese people.", ["CHN CONDEMNS USA"], []),
]
