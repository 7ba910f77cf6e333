DAY = "2022-03-03"
SENTS = [
 ("The UN General Assembly voted 141 to 5 on Wednesday to demand that Russia immediately withdraw its forces from Ukraine.", ["RUS DEPLOYS_TROOPS UKR"], ["org:UNGA CONDEMNS RUS"]),
 ("Only Belarus, North Korea, Eritrea and Syria joined Russia in voting against the resolution.", [], ["BLR SUPPORTS RUS", "PRK SUPPORTS RUS", "ERI SUPPORTS RUS", "SYR SUPPORTS RUS"]),
 ("China, India and South Africa were among the 35 countries that abstained.", [], []),
 ("The resolution is not binding, but Western diplomats said the vote showed how isolated Moscow had become.", [], []),
 ("Russia's ambassador, Vassily Nebenzia, accused the West of pressuring countries to vote for the text.", ["person:vassily-nebenzia CONDEMNS bloc:WEST"], ["RUS CONDEMNS bloc:WEST"]),
]
