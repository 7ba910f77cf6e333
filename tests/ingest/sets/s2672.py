DAY = "1976-08-20"
SENTS = [
 ("North Korean soldiers wielding axes and clubs killed two American army officers in the demilitarised zone at Panmunjom on Wednesday as they supervised the trimming of a tree.", ["PRK ATTACKS USA"], []),
 ("The United States put its forces in South Korea on a higher state of alert and sent a squadron of F-4 fighters from Okinawa to the peninsula.", ["USA DEPLOYS_TROOPS KOR"], []),
 ("Washington called the killings a wanton act of murder, while Pyongyang said the Americans had attacked its guards first.", ["PRK CONDEMNS USA"], ["USA CONDEMNS PRK"]),
 ("Beijing, Pyongyang's treaty ally, has kept silent about the incident.", ["CHN ALLIED_WITH PRK"], []),
]
