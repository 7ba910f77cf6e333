DAY = "1982-07-15"
SENTS = [
 ("Iranian troops and Revolutionary Guards crossed into Iraq east of Basra on Tuesday night in the first Iranian offensive on Iraqi soil since the war began nearly two years ago.", ["IRN ATTACKS IRQ", "IRN DEPLOYS_TROOPS IRQ"], []),
 ("Saudi Arabia and Kuwait, which have lent Iraq more than $20 billion since 1980, called an urgent meeting of Gulf foreign ministers.", ["SAU SUPPORTS IRQ", "KWT SUPPORTS IRQ"], []),
 ("Iraq, whose army is equipped mainly with Soviet tanks and French jets, had offered on June 20 to pull all its troops out of Iranian territory.", ["SUN SUPPLIES_ARMS IRQ", "FRA SUPPLIES_ARMS IRQ"], ["IRQ DEPLOYS_TROOPS IRN"]),
 ("Ayatollah Ruhollah Khomeini has said the war will go on until President Saddam Hussein is removed from power.", [], ["person:saddam-hussein LEADS IRQ", "person:ruhollah-khomeini LEADS IRN"]),
]
