DAY = "1988-04-18"
SENTS = [
 ("Iraqi forces recaptured the Fao peninsula on Monday in a 36-hour offensive, driving out the Iranian troops who had held the marshy tip of southern Iraq since February 1986.", ["IRQ ATTACKS IRN"], ["IRN DEPLOYS_TROOPS IRQ", "IRN ATTACKS IRQ"]),
 ("Tehran radio said Iraqi aircraft had dropped chemical bombs on Iranian positions during the assault.", ["IRQ ATTACKS IRN"], ["IRN CONDEMNS IRQ"]),
 ("President Saddam Hussein visited the front to congratulate his commanders and declared the victory a gift to the Arab nation.", [], ["person:saddam-hussein LEADS IRQ"]),
 ("Iran accused the United States of coordinating its naval attacks on Iranian oil platforms in the Gulf with the Iraqi offensive.", ["IRN CONDEMNS USA"], ["USA ATTACKS IRN", "USA SUPPORTS IRQ"]),
 ("Kuwait and Saudi Arabia, which have financed Baghdad's war effort, sent messages of congratulation to the Iraqi leader.", ["KWT SUPPORTS IRQ", "SAU SUPPORTS IRQ"], []),
]
