DAY = "2025-09-12"
SENTS = [
 ("Egypt will send troops to Somalia as part of the new African Union mission, despite objections from Ethiopia.", [], ["EGY DEPLOYS_TROOPS SOM"]),
 ("Cairo has already delivered two shipments of weapons to Mogadishu, including armoured vehicles and artillery.", ["EGY SUPPLIES_ARMS SOM"]),
 ("Ethiopia angered Somalia last year by signing a memorandum of understanding with the breakaway region of Somaliland.", [], ["SOM CONDEMNS ETH"]),
 ("Turkey, which trains Somali soldiers and runs its largest overseas military base in Mogadishu, mediated the Ankara Declaration between the two neighbours.", ["TUR DEPLOYS_TROOPS SOM", "TUR SUPPORTS SOM"], ["SOM MEETS ETH"]),
 ("Al-Shabaab militants have retaken several towns in central Somalia this year.", ["org:SHABAAB ATTACKS SOM"], []),
]
