DAY = "1960-12-16"
SENTS = [
 ("Troops loyal to General Phoumi Nosavan drove Captain Kong Le's paratroopers out of Vientiane today after four days of fighting that left much of the Laotian capital in ruins.", [], []),
 ("Washington accused the Soviet Union of flying arms to the rebels from Hanoi in Ilyushin transports.", ["USA CONDEMNS SUN"], ["SUN SUPPLIES_ARMS LAO"]),
 ("Thailand, which shares a long border with Laos, had closed the Mekong crossings to all shipments bound for Vientiane.", ["THA SANCTIONS LAO"], []),
 ("Prince Souvanna Phouma, the neutralist Premier, fled to Cambodia last week.", [], ["person:souvanna-phouma MEETS KHM", "person:souvanna-phouma LEADS LAO"]),
 ("North Vietnam denounced American interference in Laos and warned that it could not remain indifferent.", ["VDR CONDEMNS USA"], []),
]
