DAY = "2024-02-22"
SENTS = [
 ("Somalia's parliament approved a defence and economic agreement with Turkey on Wednesday under which Turkish forces will help protect Somali waters.", ["SOM ALLIED_WITH TUR"], ["TUR DEPLOYS_TROOPS SOM", "TUR SUPPORTS SOM", "SOM TRADES_WITH TUR"]),
 ("The deal came weeks after landlocked Ethiopia signed a memorandum with the breakaway region of Somaliland to gain access to the sea.", [], []),
 ("Mogadishu called the Ethiopia memorandum an act of aggression and expelled the Ethiopian ambassador.", ["SOM CONDEMNS ETH"], []),
 ("Turkey already runs its largest overseas military base in Mogadishu, where it trains Somali soldiers.", ["TUR DEPLOYS_TROOPS SOM"], ["TUR SUPPORTS SOM"]),
 ("Egypt, which is at odds with Ethiopia over a Nile dam, has backed Somalia in the dispute.", ["EGY SUPPORTS SOM"], ["EGY CONDEMNS ETH"]),
]
