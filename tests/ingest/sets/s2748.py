DAY = "1974-01-19"
SENTS = [
 ("Secretary of State Henry A. Kissinger flew from Aswan, where he had spent the day with President Sadat, to Jerusalem on Thursday to put the final touches on the Suez disengagement accord.", ["person:henry-kissinger MEETS person:anwar-sadat"], ["person:anwar-sadat LEADS EGY", "person:henry-kissinger MEETS ISR", "person:henry-kissinger MEETS EGY"]),
 ("The accord leaves Israeli troops on a line some 20 kilometers inside Egyptian territory, east of the Suez Canal.", ["ISR DEPLOYS_TROOPS EGY"], []),
 ("Syria's President Hafez al-Assad, who saw Mr. Kissinger in Damascus on Sunday, called the accord a separate deal that left Syria to face Israel alone.", ["person:hafez-al-assad LEADS SYR", "person:hafez-al-assad MEETS person:henry-kissinger"], ["person:henry-kissinger MEETS SYR"]),
 ("The Soviet Union, Egypt's chief source of arms until Mr. Sadat sent its military advisers home in 1972, was left out of the negotiations.", ["SUN SUPPLIES_ARMS EGY"], ["SUN DEPLOYS_TROOPS EGY"]),
]
