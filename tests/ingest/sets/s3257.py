DAY = "1977-09-14"
SENTS = [
 ("Somali forces captured the Ethiopian tank base at Jijiga on Tuesday after a two-week battle, Western diplomats in Mogadishu said.", ["SOM ATTACKS ETH"], []),
 ("Ethiopia broke off diplomatic relations with Somalia on Wednesday and said regular Somali troops were fighting inside its territory.", ["SOM DEPLOYS_TROOPS ETH"], ["SOM ATTACKS ETH", "ETH CONDEMNS SOM", "ETH SANCTIONS SOM"]),
 ("The United States and Britain have turned down Somali requests for arms, and Washington said it would sell no weapons to either side while the fighting lasted.", [], []),
 ("Soviet advisers and Cuban officers are helping the Ethiopian army to reorganise, and Soviet cargo ships have unloaded tanks at the port of Assab.", ["SUN SUPPORTS ETH", "CUB SUPPORTS ETH"], ["SUN SUPPLIES_ARMS ETH", "SUN DEPLOYS_TROOPS ETH", "CUB DEPLOYS_TROOPS ETH"]),
 ("President Siad Barre denied that his army was involved, saying the fighting was the work of the Western Somali Liberation Front.", [], ["person:siad-barre LEADS SOM"]),
]
