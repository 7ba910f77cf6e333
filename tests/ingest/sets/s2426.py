DAY = "2011-11-27"
SENTS = [
 ("Pakistan shut NATO's supply routes into Afghanistan on Saturday after alliance helicopters and jets attacked two army checkpoints near the border, killing 24 Pakistani soldiers.", ["org:NATO ATTACKS PAK"], ["PAK SANCTIONS org:NATO"]),
 ("Prime Minister Yousuf Raza Gilani condemned the NATO strike as an attack on Pakistan's sovereignty and said his government would review its cooperation with the United States.", ["person:yousuf-raza-gilani CONDEMNS org:NATO"], ["person:yousuf-raza-gilani LEADS PAK"]),
 ("Islamabad also gave the United States 15 days to leave the Shamsi air base in Baluchistan, from which CIA drones had flown.", [], ["USA DEPLOYS_TROOPS PAK", "PAK SANCTIONS USA"]),
 ("NATO Secretary General Anders Fogh Rasmussen called the deaths tragic and unintended and promised an investigation.", ["person:anders-fogh-rasmussen LEADS org:NATO"], []),
 ("About a third of the fuel and equipment for NATO's troops in Afghanistan passes through Pakistan.", ["org:NATO DEPLOYS_TROOPS AFG"], []),
]
