DAY = "2024-10-15"
SENTS = [
 ("North Korea blew up sections of roads and railway lines connecting it to South Korea on Tuesday, days after declaring that it would permanently seal the border.", [], []),
 ("South Korean troops fired warning shots across the demarcation line in response, the Joint Chiefs of Staff in Seoul said.", [], []),
 ("Pyongyang had accused Seoul last week of flying drones over the capital to scatter anti-North Korean leaflets, and warned that it would treat any further flights as a declaration of war.", ["PRK CONDEMNS KOR"], []),
 ("Kim Yo Jong, the sister of leader Kim Jong Un, said the South Korean military was behind the drone incursions.", ["person:kim-yo-jong CONDEMNS KOR"], ["person:kim-jong-un LEADS PRK"]),
 ("The roads, built with South Korean money in the early 2000s, were once used by the joint industrial zone at Kaesong.", [], []),
 ("Washington urged Pyongyang to avoid escalation and reaffirmed its commitment to the defence of its ally.", [], ["USA ALLIED_WITH KOR"]),
]
