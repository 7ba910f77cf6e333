DAY = "1993-07-15"
SENTS = [
 ("Tajik rebels based in Afghanistan attacked a Russian border post on the Pyanj river on Tuesday, killing 25 Russian guards in the heaviest losses Moscow's forces have suffered since the Soviet collapse.", [], ["RUS DEPLOYS_TROOPS TJK"]),
 ("Russian aircraft and artillery struck back at villages across the river in northern Afghanistan on Wednesday.", ["RUS ATTACKS AFG"], []),
 ("President Boris Yeltsin said the Tajik-Afghan frontier was in effect Russia's own border and ordered reinforcements sent to the 201st Motor Rifle Division, which is stationed in Tajikistan.", ["RUS DEPLOYS_TROOPS TJK"], ["person:boris-yeltsin LEADS RUS"]),
 ("Kabul protested at the raids, and Afghanistan's foreign ministry accused Moscow of killing civilians.", ["AFG CONDEMNS RUS"], []),
 ("Uzbekistan, whose troops also patrol the border, backs the government of Emomali Rakhmonov in Dushanbe against the Islamic opposition.", ["UZB SUPPORTS TJK"], ["UZB SUPPORTS person:emomali-rahmon", "UZB DEPLOYS_TROOPS TJK", "person:emomali-rahmon LEADS TJK"]),
]
