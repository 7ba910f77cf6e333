DAY = "2004-08-16"
SENTS = [
 ("The first of about 150 Rwandan soldiers arrived in Sudan's Darfur region on Sunday to protect African Union monitors watching over a shaky ceasefire.", ["RWA DEPLOYS_TROOPS SDN"], ["org:AU DEPLOYS_TROOPS SDN"]),
 ("Rwandan President Paul Kagame saw them off at Kigali airport and said they would not stand by if civilians were attacked.", ["person:paul-kagame LEADS RWA"], []),
 ("Nigeria is to send a similar number of troops later this month.", [], ["NGA DEPLOYS_TROOPS SDN"]),
 ("The United States has accused Sudan's government of arming the Arab militias blamed for killing thousands of civilians in the region.", ["USA CONDEMNS SDN"], []),
 ("Khartoum says it will accept no foreign troops other than those guarding the monitors.", [], []),
]
