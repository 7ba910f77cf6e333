DAY = "1991-01-17"
SENTS = [
 ("American, British and Saudi warplanes began bombing Baghdad and Iraqi positions in Kuwait early on Thursday, opening the war to end Iraq's occupation of the emirate.", ["USA ATTACKS IRQ", "GBR ATTACKS IRQ", "SAU ATTACKS IRQ"], ["IRQ ATTACKS KWT", "IRQ DEPLOYS_TROOPS KWT", "USA CONDEMNS IRQ", "GBR CONDEMNS IRQ", "SAU CONDEMNS IRQ"]),
 ("Iraq fired eight Scud missiles at Tel Aviv and Haifa within hours, in an apparent bid to draw Israel into the war.", [], ["IRQ ATTACKS ISR"]),
 ("Washington urged the Israeli government not to retaliate and rushed Patriot missile batteries to Israel.", ["USA SUPPLIES_ARMS ISR"], []),
 ("Egypt and Syria, which have sent troops to Saudi Arabia, said they backed the offensive.", ["EGY DEPLOYS_TROOPS SAU", "SYR DEPLOYS_TROOPS SAU"], ["EGY SUPPORTS SAU", "SYR SUPPORTS SAU"]),
 ("Jordan's King Hussein, who has refused to join the coalition, said the bombing of Iraq was a crime against an Arab nation.", [], ["person:hussein-bin-talal LEADS JOR", "person:hussein-bin-talal CONDEMNS USA"]),
]
