DAY = "1988-08-20"
SENTS = [
 ("A ceasefire in the eight-year war between Iran and Iraq took effect at dawn on Saturday, and 350 UN military observers began deploying along the front.", [], ["IRN ATTACKS IRQ", "IRQ ATTACKS IRN", "org:UN DEPLOYS_TROOPS IRN", "org:UN DEPLOYS_TROOPS IRQ"]),
 ("UN Secretary-General Javier Perez de Cuellar announced the truce after Iran accepted Security Council Resolution 598 in July.", ["person:javier-perez-de-cuellar LEADS org:UN"], []),
 ("Ayatollah Ruhollah Khomeini said accepting the ceasefire was more deadly for him than taking poison.", [], ["person:ruhollah-khomeini LEADS IRN"]),
 ("Iraq, which was backed by Saudi Arabia and Kuwait with loans worth billions of dollars, claimed victory.", ["SAU SUPPORTS IRQ", "KWT SUPPORTS IRQ"], []),
 ("The Soviet Union and France were Iraq's main arms suppliers during the war.", ["SUN SUPPLIES_ARMS IRQ", "FRA SUPPLIES_ARMS IRQ"], []),
 ("Direct talks between the foreign ministers of Iran and Iraq are due to open in Geneva on Thursday.", [], ["IRN MEETS IRQ"]),
]
