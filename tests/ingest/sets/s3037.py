DAY = "1985-03-14"
SENTS = [
 ("Iraqi warplanes bombed Tehran and Isfahan today, and Iran fired a surface-to-surface missile at Baghdad for the first time.", ["IRQ ATTACKS IRN", "IRN ATTACKS IRQ"], []),
 ("Iranian troops who crossed the Tigris in the marshes east of Basra last week were driven back with heavy losses, Baghdad said.", [], ["IRN DEPLOYS_TROOPS IRQ", "IRQ ATTACKS IRN", "IRN ATTACKS IRQ"]),
 ("Iran accused Iraq of using chemical weapons in the battle.", ["IRN CONDEMNS IRQ"], ["IRQ ATTACKS IRN"]),
 ("Iraq's air force flies Soviet MiG-23s and French Mirage jets armed with Exocet missiles.", ["SUN SUPPLIES_ARMS IRQ", "FRA SUPPLIES_ARMS IRQ"], []),
 ("Secretary General Javier Perez de Cuellar appealed to both sides to stop attacking civilian areas.", [], ["person:javier-perez-de-cuellar LEADS org:UN"]),
]
