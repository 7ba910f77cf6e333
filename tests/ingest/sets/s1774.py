DAY = "1988-07-04"
SENTS = [
 ("The US Navy cruiser Vincennes shot down an Iranian airliner over the Gulf on Sunday, killing all 290 people aboard, after mistaking it for an attacking fighter jet.", [], ["USA ATTACKS IRN"]),
 ("President Ronald Reagan expressed deep regret and said the warship had acted in self-defence.", [], []),
 ("Iran accused the United States of a barbaric massacre and vowed to avenge the victims.", ["IRN CONDEMNS USA"], []),
 ("The Vincennes had been engaged in a gun battle with Iranian patrol boats shortly before it fired two missiles at the Airbus.", [], ["IRN ATTACKS USA", "USA ATTACKS IRN"]),
 ("American warships have been escorting reflagged Kuwaiti tankers through the Gulf since last year to protect them from Iranian attacks.", [], ["USA SUPPORTS KWT", "IRN ATTACKS KWT"]),
 ("The Soviet Union called the attack a criminal act, while Britain said the United States had the right to defend its ships.", [], ["GBR SUPPORTS USA", "SUN CONDEMNS USA"]),
]
