DAY = "1974-06-13"
SENTS = [
 ("President Nixon received a tumultuous welcome in Cairo on Wednesday, the first visit by an American president to Egypt.", ["person:richard-nixon MEETS EGY"], ["person:richard-nixon LEADS USA", "EGY MEETS USA"]),
 ("President Anwar Sadat, who expelled Soviet military advisers two years ago, called Nixon a man of peace.", [], ["person:anwar-sadat LEADS EGY", "person:anwar-sadat SUPPORTS person:richard-nixon", "SUN DEPLOYS_TROOPS EGY", "EGY SANCTIONS SUN", "person:anwar-sadat MEETS person:richard-nixon"]),
 ("The two leaders signed an agreement under which the United States will supply Egypt with nuclear reactors and fuel for peaceful purposes.", [], ["person:anwar-sadat MEETS person:richard-nixon", "EGY TRADES_WITH USA"]),
 ("Egypt broke off diplomatic relations with Washington during the 1967 war, and the two countries restored them in February.", [], ["EGY SANCTIONS USA"]),
 ("Nixon will go on to Saudi Arabia, Syria, Israel and Jordan, and is expected to announce the restoration of relations with Damascus.", [], ["person:richard-nixon MEETS SAU", "person:richard-nixon MEETS SYR", "person:richard-nixon MEETS ISR", "person:richard-nixon MEETS JOR"]),
 ("The Soviet Union, Syria's main arms supplier, has watched Kissinger's shuttle diplomacy with suspicion.", ["SUN SUPPLIES_ARMS SYR"], []),
]
