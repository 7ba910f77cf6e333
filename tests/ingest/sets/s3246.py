DAY = "1974-02-11"
SENTS = [
 ("Heavy fighting broke out on Sunday between Iraqi and Iranian border units near the town of Badra, where each side used armour and big guns.", ["IRQ ATTACKS IRN", "IRN ATTACKS IRQ"], []),
 ("Iraq accused Iran of sending troops across the frontier, and Iran said Iraqi tanks had shelled its border posts.", ["IRQ CONDEMNS IRN", "IRQ ATTACKS IRN"], ["IRN DEPLOYS_TROOPS IRQ", "IRN CONDEMNS IRQ"]),
 ("Baghdad took its complaint to the United Nations and wanted the fifteen council members to take it up at once.", [], []),
 ("Iraqi officials said the Shah's government was arming the Kurdish rebellion in the north.", [], ["IRQ CONDEMNS IRN"]),
 ("President Ahmed Hassan al-Bakr told a rally in Baghdad that Iraq would not give up an inch of its land.", [], ["person:ahmed-hassan-al-bakr LEADS IRQ"]),
]
