DAY = "1966-07-16"
SENTS = [
 ("North Vietnam paraded captured American pilots through the streets of Hanoi last week and says they will be tried as war criminals.", [], ["VDR CONDEMNS USA"]),
 ("President Johnson warned that trials would provoke a very serious reaction in the United States.", [], ["person:lyndon-b-johnson LEADS USA"]),
 ("Eighteen senators who have opposed the bombing appealed to Hanoi to treat the airmen as prisoners of war.", [], []),
 ("U Thant and Pope Paul VI also urged Hanoi to show mercy.", [], []),
 ("American planes struck fuel depots near Hanoi and Haiphong again on Thursday.", ["USA ATTACKS VDR"], []),
 ("Moscow promised to do everything necessary for its North Vietnamese ally.", ["SUN ALLIED_WITH VDR"], ["SUN SUPPORTS VDR"]),
]
