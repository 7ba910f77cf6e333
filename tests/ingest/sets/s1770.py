DAY = "1965-03-08"
SENTS = [
 ("Two battalions of US Marines waded ashore at Da Nang on Monday, the first American ground combat troops sent to South Vietnam.", ["USA DEPLOYS_TROOPS state:RVN"], []),
 ("The 3,500 Marines will guard the air base from which American jets have been bombing North Vietnam since last month.", ["USA ATTACKS state:VDR"], []),
 ("The government in Saigon said it had requested the troops.", [], []),
 ("Hanoi accused Washington of escalating the war, and Beijing said it would stand by the Vietnamese people.", ["state:VDR CONDEMNS USA"], ["CHN SUPPORTS state:VDR"]),
 ("The Soviet Union is supplying North Vietnam with surface-to-air missiles and has sent technicians to operate them.", ["SUN SUPPLIES_ARMS state:VDR"], ["SUN DEPLOYS_TROOPS state:VDR"]),
]
