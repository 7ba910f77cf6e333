DAY = "2013-08-24"
SENTS = [
 ("Syrian opposition groups accused government forces of killing hundreds of people with chemical weapons in the eastern suburbs of Damascus on Wednesday.", [], []),
 ("French Foreign Minister Laurent Fabius said the world would have to respond with force if the attack was confirmed, and Britain blamed the Assad government.", ["GBR CONDEMNS SYR"], ["person:laurent-fabius CONDEMNS SYR"]),
 ("Moscow, which supplies most of the Syrian army's weapons, said the attack could have been staged by rebels to provoke foreign intervention.", ["RUS SUPPLIES_ARMS SYR"], []),
 ("Iran warned Washington against crossing what it called Syria's red line; officers of its Revolutionary Guards have been advising Assad's forces for two years.", [], ["IRN CONDEMNS USA", "IRN SUPPORTS SYR", "IRN SUPPORTS person:bashar-al-assad", "IRN DEPLOYS_TROOPS SYR"]),
 ("Barack Obama discussed a possible response with British Prime Minister David Cameron in a telephone call on Saturday.", ["person:barack-obama MEETS person:david-cameron", "person:david-cameron LEADS GBR"], ["person:barack-obama LEADS USA"]),
]
