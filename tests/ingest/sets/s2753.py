DAY = "1980-10-25"
SENTS = [
 ("Iraqi troops captured most of the Iranian port of Khorramshahr on Friday after a month of street fighting, Baghdad radio said.", ["IRQ ATTACKS IRN", "IRQ DEPLOYS_TROOPS IRN"], []),
 ("King Hussein of Jordan flew to Baghdad this week to see President Saddam Hussein, whose forces have also besieged the refinery city of Abadan.", ["person:hussein-bin-talal LEADS JOR", "person:hussein-bin-talal MEETS person:saddam-hussein", "person:hussein-bin-talal MEETS IRQ"], ["person:saddam-hussein LEADS IRQ"]),
 ("Syria and Libya have sided with Iran, and Israel is reported to have sent Tehran spare parts for its American-built F-4 jets.", ["SYR SUPPORTS IRN", "LBY SUPPORTS IRN"], ["ISR SUPPLIES_ARMS IRN", "USA SUPPLIES_ARMS IRN"]),
 ("The United States has sent four AWACS radar planes and 300 airmen to Saudi Arabia to watch over the Gulf.", ["USA DEPLOYS_TROOPS SAU"], ["USA SUPPLIES_ARMS SAU", "USA SUPPORTS SAU"]),
]
