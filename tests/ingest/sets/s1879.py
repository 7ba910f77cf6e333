DAY = "2023-09-19"
SENTS = [
 ("Azerbaijan launched what it called anti-terrorist operations in Nagorno-Karabakh on Tuesday, shelling Stepanakert and demanding that ethnic Armenian forces disarm and dissolve their government.", [], ["AZE ATTACKS ARM"]),
 ("Armenian Prime Minister Nikol Pashinyan accused Baku of attempting ethnic cleansing but said Armenia's own army was not involved in the fighting.", ["person:nikol-pashinyan LEADS ARM", "person:nikol-pashinyan CONDEMNS AZE"], []),
 ("Russia, whose peacekeepers have been stationed in the region since a 2020 ceasefire, called on both sides to stop the bloodshed.", [], ["RUS DEPLOYS_TROOPS AZE"]),
 ("Turkey, Azerbaijan's closest ally, said it supported the steps taken by Baku to defend its territorial integrity.", ["TUR ALLIED_WITH AZE", "TUR SUPPORTS AZE"], []),
 ("France demanded an emergency meeting of the UN Security Council and condemned the Azerbaijani offensive.", ["FRA CONDEMNS AZE"], []),
 ("Israel, which has sold Azerbaijan drones and other advanced weapons, made no comment.", ["ISR SUPPLIES_ARMS AZE"], []),
]
