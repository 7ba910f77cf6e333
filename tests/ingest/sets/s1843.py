DAY = "2020-07-24"
SENTS = [
 ("China ordered the United States on Friday to close its consulate in the southwestern city of Chengdu, in retaliation for Washington's closure of the Chinese consulate in Houston.", ["CHN CONDEMNS USA"], ["CHN SANCTIONS USA", "USA SANCTIONS CHN", "USA CONDEMNS CHN"]),
 ("The State Department had given Chinese diplomats 72 hours to leave Houston, accusing them of facilitating espionage and the theft of intellectual property.", [], ["USA CONDEMNS CHN"]),
 ("Secretary of State Mike Pompeo said in a speech on Thursday that the free world must triumph over the Chinese Communist Party.", [], ["person:mike-pompeo CONDEMNS CHN"]),
 ("Chinese foreign ministry spokesman Wang Wenbin called the closure of the Houston consulate an outrageous and unjustified move.", [], ["CHN CONDEMNS USA", "person:wang-wenbin CONDEMNS USA"]),
 ("Relations between the world's two largest economies are at their lowest point in decades.", [], []),
]
