DAY = "1994-10-11"
SENTS = [
 ("The first of 4,000 American soldiers landed in Kuwait on Monday as Iraq said it was pulling its Republican Guard divisions back from the border.", ["USA DEPLOYS_TROOPS KWT"], []),
 ("Britain sent a destroyer and 500 Royal Marines to Kuwait, and France said it was ready to help defend the emirate.", ["GBR DEPLOYS_TROOPS KWT"], ["FRA SUPPORTS KWT"]),
 ("Secretary of State Warren Christopher said Washington would not let Saddam Hussein threaten his neighbours again.", [], []),
 ("Russia's foreign minister, Andrei Kozyrev, flew to Baghdad and said afterwards that the Iraqi leadership was prepared to recognise Kuwait's borders.", ["person:andrei-kozyrev MEETS IRQ"], ["IRQ SUPPORTS KWT"]),
 ("Saudi Arabia, where thousands of American airmen are already based, put its own forces on alert.", ["USA DEPLOYS_TROOPS SAU"], []),
]
