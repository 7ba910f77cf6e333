DAY = "2015-03-26"
SENTS = [
 ("Saudi Arabia and its Gulf allies launched air strikes on Houthi rebels in Yemen on Thursday after the group advanced on the southern city of Aden.", ["SAU ATTACKS org:HOUTHIS"], ["SAU ATTACKS YEM"]),
 ("Egypt, Jordan, Sudan and Morocco said they would join the operation, and Pakistan was asked to send ground troops.", [], []),
 ("Iran, which denies arming the Houthis, called the strikes a dangerous step and demanded an immediate halt.", [], ["IRN CONDEMNS SAU"]),
 ("President Abd-Rabbu Mansour Hadi, who fled Aden by boat, arrived in Riyadh the same day.", ["person:abd-rabbu-mansour-hadi MEETS SAU"], ["person:abd-rabbu-mansour-hadi LEADS YEM"]),
 ("The United States said it was providing logistical and intelligence support to the Saudi-led coalition but not taking part in the strikes.", ["USA SUPPORTS SAU"], []),
]
