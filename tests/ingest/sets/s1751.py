DAY = "1988-03-23"
SENTS = [
 ("Iraqi aircraft dropped chemical weapons on the Kurdish town of Halabja last week, killing thousands of civilians, Iranian officials said.", [], []),
 ("Iran, whose forces had captured the town days earlier, took foreign reporters to see the bodies.", [], []),
 ("Baghdad denied using poison gas and accused Tehran of staging the attack.", ["IRQ CONDEMNS IRN"], []),
 ("The United States condemned the use of chemical weapons but did not name Iraq.", [], []),
 ("Iraq has received billions of dollars in credits from Gulf Arab states during its eight-year war with Iran.", ["IRQ ATTACKS IRN"], ["IRN ATTACKS IRQ"]),
]
