DAY = "1967-06-26"
SENTS = [
 ("President Lyndon Johnson and Soviet Premier Alexei Kosygin held a second round of talks at Glassboro, New Jersey, on Sunday, but failed to agree on the Middle East or Vietnam.", ["person:lyndon-b-johnson MEETS person:alexei-kosygin", "person:alexei-kosygin LEADS SUN"], ["person:lyndon-b-johnson LEADS USA", "person:alexei-kosygin MEETS USA"]),
 ("Kosygin demanded that Israel withdraw from the Arab territory it seized in this month's war.", [], ["person:alexei-kosygin CONDEMNS ISR", "SUN CONDEMNS ISR"]),
 ("Johnson said the United States would not press Israel to withdraw until the Arab states recognised its right to exist.", [], []),
 ("The Soviet Union has been resupplying Egypt and Syria with aircraft and tanks to replace those lost in the fighting.", ["SUN SUPPLIES_ARMS EGY", "SUN SUPPLIES_ARMS SYR"], []),
 ("Kosygin flew to Havana on Monday for talks with Fidel Castro.", ["person:alexei-kosygin MEETS CUB", "person:alexei-kosygin MEETS person:fidel-castro"], []),
]
