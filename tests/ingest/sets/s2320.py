DAY = "2022-08-03"
SENTS = [
 ("Nancy Pelosi, the speaker of the US House of Representatives, arrived in Taipei late on Tuesday, the highest-ranking American official to visit Taiwan in 25 years.", ["person:nancy-pelosi MEETS TWN"], ["TWN MEETS USA"]),
 ("China responded by announcing live-fire military drills in six zones around the island and suspended imports of Taiwanese citrus fruit and fish.", ["CHN SANCTIONS TWN"], ["CHN ATTACKS TWN", "CHN CONDEMNS USA"]),
 ("Beijing summoned the American ambassador, Nicholas Burns, to protest against the visit.", ["CHN CONDEMNS USA"], []),
 ("President Tsai Ing-wen met Pelosi on Wednesday and thanked the United States for its unwavering support.", ["person:nancy-pelosi MEETS person:tsai-ing-wen"], ["person:tsai-ing-wen LEADS TWN", "USA SUPPORTS TWN", "person:tsai-ing-wen SUPPORTS USA"]),
 ("The Group of Seven foreign ministers urged China not to use the visit as a pretext for aggressive military activity.", [], ["org:G7 CONDEMNS CHN"]),
 ("Russia, which calls Taiwan an inalienable part of China, described the trip as a provocation.", [], ["RUS CONDEMNS USA", "RUS CONDEMNS person:nancy-pelosi", "RUS SUPPORTS CHN"]),
]
