DAY = "1953-06-17"
SENTS = [
 ("Soviet tanks and troops crushed an uprising of East German workers in East Berlin on Wednesday after martial law was declared.", [], ["SUN DEPLOYS_TROOPS DDR", "SUN ATTACKS DDR"]),
 ("The workers, who had begun by protesting against higher work quotas, demanded free elections and the resignation of the government of Walter Ulbricht.", [], ["person:walter-ulbricht LEADS DDR"]),
 ("The United States, Britain and France protested to the Soviet commander against the use of force.", ["USA CONDEMNS SUN", "GBR CONDEMNS SUN", "FRA CONDEMNS SUN"], []),
 ("East Germany's government, headed by Prime Minister Otto Grotewohl, blamed Western agents for the unrest.", ["person:otto-grotewohl LEADS DDR"], ["DDR CONDEMNS bloc:WEST"]),
 ("The Soviet Union has kept about 20 divisions in East Germany since the end of the war.", ["SUN DEPLOYS_TROOPS DDR"], []),
]
