DAY = "1959-03-25"
SENTS = [
 ("Iraq formally withdrew from the Baghdad Pact on Tuesday, Premier Abdul Karim Kassem announced in a broadcast from Baghdad.", ["person:abd-al-karim-qasim LEADS IRQ"], []),
 ("Iraq had taken no part in the pact's work since the revolution last July that overthrew the monarchy.", [], []),
 ("Kassem also ended the agreements under which the United States had supplied arms and economic aid to the Iraqi army.", [], ["USA SUPPLIES_ARMS IRQ", "USA SUPPORTS IRQ"]),
 ("Moscow, whose arms have been reaching Baghdad by sea since last autumn, hailed the step as a blow to imperialism.", ["SUN SUPPLIES_ARMS IRQ"], ["SUN SUPPORTS IRQ"]),
 ("British airmen are to leave the base at Habbaniya by the end of May.", [], ["GBR DEPLOYS_TROOPS IRQ"]),
]
