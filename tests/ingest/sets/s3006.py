DAY = "1956-02-18"
SENTS = [
 ("The State Department lifted its ban on the shipment of eighteen light tanks to Saudi Arabia today, a day after it had ordered the ship held in Brooklyn.", ["USA SUPPLIES_ARMS SAU"], []),
 ("Israel had protested that the United States was arming the Arab states while refusing to sell it weapons.", ["ISR CONDEMNS USA"], []),
 ("Secretary Dulles told the Senate that the tanks were covered by an agreement of 1951 under which American airmen use the base at Dhahran.", [], ["USA DEPLOYS_TROOPS SAU", "USA SUPPLIES_ARMS SAU"]),
 ("Egypt has been receiving Czech arms since last autumn under a deal arranged with Moscow.", ["CSK SUPPLIES_ARMS EGY"], ["SUN SUPPLIES_ARMS EGY"]),
 ("King Saud has so far declined to join the Baghdad Pact.", [], ["person:saud-bin-abdulaziz LEADS SAU"]),
]
