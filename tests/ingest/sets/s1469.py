DAY = "2021-01-14"
SENTS = [
 ("Sudan accused Ethiopian forces on Wednesday of crossing the border and attacking its troops in the disputed al-Fashaga region.", ["SDN CONDEMNS ETH"], ["ETH ATTACKS SDN"]),
 ("Khartoum had deployed soldiers to the fertile strip in November, when Ethiopia's army was fighting in Tigray.", [], []),
 ("Ethiopia said Sudanese troops had seized land that Ethiopian farmers had tilled for decades.", ["ETH CONDEMNS SDN"], []),
 ("Egypt, which is locked in a dispute with Addis Ababa over a dam on the Nile, held air force drills with Sudan in November.", ["EGY ALLIED_WITH SDN"], ["EGY CONDEMNS ETH"]),
 ("Prime Minister Abiy Ahmed has said his country does not want a war with its neighbour.", [], ["person:abiy-ahmed LEADS ETH"]),
]
