DAY = "1990-08-08"
SENTS = [
 ("Iraqi tanks rolled into Kuwait before dawn on Thursday, and within hours Saddam Hussein's troops had taken the capital and the emir had fled to Saudi Arabia.", ["IRQ ATTACKS KWT"], ["IRQ DEPLOYS_TROOPS KWT", "person:saddam-hussein LEADS IRQ"]),
 ("The Security Council voted 13 to 0 on Monday to impose a sweeping trade embargo on Iraq, with Cuba and Yemen abstaining.", ["org:UNSC SANCTIONS IRQ"], []),
 ("President George Bush ordered American troops and warplanes to Saudi Arabia after King Fahd asked for help in defending the kingdom.", ["USA DEPLOYS_TROOPS SAU"], ["person:george-h-w-bush LEADS USA", "USA SUPPORTS SAU", "person:fahd-bin-abdulaziz LEADS SAU"]),
 ("The Soviet Union, long Baghdad's main arms supplier, suspended all weapons deliveries to Iraq.", ["SUN SUPPLIES_ARMS IRQ"], ["SUN SANCTIONS IRQ"]),
 ("Jordan's King Hussein refused to condemn the invasion and urged an Arab solution to the crisis.", [], ["person:hussein-bin-talal LEADS JOR"]),
]
