DAY = "1982-02-12"
SENTS = [
 ("Syrian troops backed by tanks and artillery have besieged the city of Hama for ten days to crush an uprising by the Muslim Brotherhood, travelers reaching Jordan said.", [], []),
 ("The government in Damascus accused Jordan and Iraq of arming the rebels, and said weapons of American manufacture had been found in the city.", ["SYR CONDEMNS JOR", "SYR CONDEMNS IRQ"], ["JOR SUPPLIES_ARMS IRQ"]),
 ("The assault is led by the Defense Companies, commanded by Rifaat al-Assad, a brother of President Hafez al-Assad.", [], ["person:hafez-al-assad LEADS SYR"]),
 ("Assad's regime keeps some 30,000 soldiers in Lebanon and relies for most of its weapons on Moscow, its partner in a friendship treaty concluded in 1980.", ["SYR DEPLOYS_TROOPS LBN", "SUN SUPPLIES_ARMS SYR"], ["SUN ALLIED_WITH SYR"]),
 ("Jordan's King Hussein denied that his country was helping the Brotherhood.", ["person:hussein-bin-talal LEADS JOR"], []),
]
