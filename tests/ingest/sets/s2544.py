DAY = "2005-12-15"
SENTS = [
 ("Iranian President Mahmoud Ahmadinejad called the Holocaust a myth on Wednesday and suggested that Israel be moved to Europe.", ["person:mahmoud-ahmadinejad LEADS IRN"], ["person:mahmoud-ahmadinejad CONDEMNS ISR"]),
 ("Germany's foreign minister, Frank-Walter Steinmeier, called Ahmadinejad's remarks shocking and unacceptable.", ["person:frank-walter-steinmeier CONDEMNS person:mahmoud-ahmadinejad"], ["DEU CONDEMNS person:mahmoud-ahmadinejad", "DEU CONDEMNS IRN"]),
 ("The European Union said it would consider further steps against Tehran.", [], ["org:EU SANCTIONS IRN", "org:EU CONDEMNS IRN"]),
 ("Israel's foreign ministry urged other governments to isolate Iran.", [], ["ISR CONDEMNS IRN"]),
 ("Russia, which is building Iran's first nuclear power plant at Bushehr, said the statement was unacceptable.", [], ["RUS TRADES_WITH IRN", "RUS SUPPORTS IRN", "RUS CONDEMNS IRN"]),
]
