DAY = "1957-08-15"
SENTS = [
 ("The State Department ordered the Syrian ambassador and a second secretary of his embassy to leave the United States yesterday, a day after Damascus expelled three American diplomats.", [], ["USA CONDEMNS SYR", "SYR CONDEMNS USA"]),
 ("The Syrian government had accused the three of plotting with exiled politicians to overthrow the regime.", [], ["SYR CONDEMNS USA"]),
 ("The expulsions followed an agreement signed in Moscow this month under which the Soviet Union will lend Syria money for roads, railways and a port at Latakia.", [], ["SUN SUPPORTS SYR", "SUN MEETS SYR"]),
 ("Washington also announced that it would speed deliveries of arms to Jordan, Lebanon and Iraq, Syria's neighbours.", ["USA SUPPLIES_ARMS JOR", "USA SUPPLIES_ARMS LBN", "USA SUPPLIES_ARMS IRQ"], []),
 ("Colonel Afif al-Bizri, who is said to sympathize with the Communists, was named chief of staff of the Syrian army on Saturday.", [], []),
]
