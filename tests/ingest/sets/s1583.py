DAY = "2019-07-20"
SENTS = [
 ("Iran's Revolutionary Guards seized the British-flagged oil tanker Stena Impero in the Strait of Hormuz on Friday.", [], ["IRN ATTACKS GBR"]),
 ("The seizure came two weeks after British Royal Marines helped detain an Iranian tanker off Gibraltar on suspicion of carrying oil to Syria in breach of EU sanctions.", [], ["GBR ATTACKS IRN", "IRN TRADES_WITH SYR", "org:EU SANCTIONS SYR"]),
 ("Foreign Secretary Jeremy Hunt said Britain's response would be considered and robust, and the Foreign Office summoned Iran's charge d'affaires in London.", [], ["person:jeremy-hunt CONDEMNS IRN", "GBR CONDEMNS IRN"]),
 ("Washington, which had blamed Tehran for attacks on six tankers in the Gulf earlier in the summer, urged its allies to join a naval mission to protect shipping.", ["USA CONDEMNS IRN"], []),
 ("Iran released the Stena Impero in September, weeks after Gibraltar let the Iranian tanker sail.", [], []),
]
