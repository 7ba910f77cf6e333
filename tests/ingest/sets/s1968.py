DAY = "1978-03-09"
SENTS = [
 ("Somalia announced on Thursday that it was withdrawing its forces from Ethiopia's Ogaden region after a counter-offensive by Ethiopian troops backed by Cuban soldiers and Soviet advisers.", ["CUB SUPPORTS ETH", "SUN SUPPORTS ETH"], ["SOM DEPLOYS_TROOPS ETH", "CUB DEPLOYS_TROOPS ETH", "SUN DEPLOYS_TROOPS ETH", "ETH ATTACKS SOM"]),
 ("The Soviet Union had airlifted an estimated $1 billion worth of tanks, artillery and jet fighters to Ethiopia since November.", ["SUN SUPPLIES_ARMS ETH"], []),
 ("Somalia expelled its Soviet advisers and renounced its friendship treaty with Moscow in November when the Kremlin switched its support to Addis Ababa.", ["SUN SUPPORTS ETH"], ["SOM CONDEMNS SUN"]),
 ("President Siad Barre appealed to the United States for arms, but Washington refused while Somali troops remained in Ethiopia.", ["SOM DEPLOYS_TROOPS ETH"], ["person:siad-barre LEADS SOM"]),
 ("Ethiopia's military ruler, Mengistu Haile Mariam, thanked Cuba and the Soviet Union for their help.", ["person:mengistu-haile-mariam LEADS ETH"], ["person:mengistu-haile-mariam SUPPORTS CUB", "person:mengistu-haile-mariam SUPPORTS SUN", "CUB SUPPORTS ETH", "SUN SUPPORTS ETH"]),
]
