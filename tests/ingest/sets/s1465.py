DAY = "2025-02-22"
SENTS = [
 ("Three Chinese warships conducted live-fire drills in the Tasman Sea between Australia and New Zealand on Friday, forcing dozens of airliners to divert.", [], []),
 ("Australian Prime Minister Anthony Albanese said Beijing had failed to give adequate notice of the exercise.", ["person:anthony-albanese LEADS AUS", "person:anthony-albanese CONDEMNS CHN"], []),
 ("China's defence ministry said the drills complied with international law and accused Canberra of hyping them.", ["CHN CONDEMNS AUS"], []),
 ("New Zealand's defence minister Judith Collins said Wellington was monitoring the task group with Australia.", [], ["NZL ALLIED_WITH AUS"]),
 ("Australia and New Zealand are treaty allies of the United States under the ANZUS pact.", ["AUS ALLIED_WITH USA", "NZL ALLIED_WITH USA"], ["AUS ALLIED_WITH NZL"]),
]
