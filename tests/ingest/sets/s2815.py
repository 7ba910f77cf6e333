DAY = "1980-11-28"
SENTS = [
 ("Syria has massed tanks and troops along its border with Jordan, accusing King Hussein of sheltering Muslim Brotherhood guerrillas fighting President Assad's government.", ["SYR CONDEMNS person:hussein-bin-talal"], ["SYR CONDEMNS JOR", "person:hafez-al-assad LEADS SYR", "person:hussein-bin-talal LEADS JOR"]),
 ("The Arab summit in Amman ended on Thursday without Syria, Libya, Algeria, South Yemen and the Palestine Liberation Organization, which all stayed away.", [], []),
 ("King Hussein has thrown his support behind Baghdad in the war with Tehran.", ["person:hussein-bin-talal SUPPORTS IRQ"], ["JOR SUPPORTS IRQ", "IRQ ATTACKS IRN", "IRN ATTACKS IRQ"]),
 ("Libya and Syria back Iran, and Libyan planes have flown arms to Tehran, diplomats say.", ["LBY SUPPORTS IRN", "SYR SUPPORTS IRN", "LBY SUPPLIES_ARMS IRN"], []),
 ("Saudi Arabia, which broke relations with Libya last month, sent its crown prince.", [], ["SAU SANCTIONS LBY", "SAU CONDEMNS LBY"]),
]
