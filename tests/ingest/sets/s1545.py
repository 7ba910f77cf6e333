DAY = "2019-07-23"
SENTS = [
 ("South Korean fighter jets fired hundreds of warning shots at a Russian military plane that twice entered its airspace on Tuesday, Seoul said.", [], ["KOR ATTACKS RUS", "KOR CONDEMNS RUS"]),
 ("The Russian A-50 surveillance aircraft had joined two Russian and two Chinese bombers on what Moscow and Beijing called their first joint long-range air patrol in the Asia-Pacific region.", ["RUS ALLIED_WITH CHN"], []),
 ("Japan also scrambled jets and protested to both Seoul and Moscow, because the incident occurred over islands claimed by both Japan and South Korea.", ["JPN CONDEMNS KOR", "JPN CONDEMNS RUS"], []),
 ("Russia denied that its plane had violated South Korean airspace and accused the South Korean pilots of hooliganism in the air.", ["RUS CONDEMNS KOR"], []),
 ("China's defence ministry said the patrol was not aimed at any third party.", [], []),
]
