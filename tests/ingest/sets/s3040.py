DAY = "1961-09-29"
SENTS = [
 ("Syrian army officers seized power in Damascus yesterday and proclaimed Syria's withdrawal from the United Arab Republic.", [], []),
 ("President Nasser said he would not use force to hold Syria in the union and called home the Egyptian paratroops sent to Latakia.", [], ["person:gamal-abdel-nasser LEADS EGY", "EGY DEPLOYS_TROOPS SYR"]),
 ("Jordan and Turkey recognized the new Syrian Government within hours.", ["JOR SUPPORTS SYR", "TUR SUPPORTS SYR"], []),
 ("Cairo broke off relations with Amman in protest.", ["EGY CONDEMNS JOR"], []),
 ("The Soviet Union, which has supplied both Egypt and Syria with arms, said it would respect the choice of the Syrian people.", ["SUN SUPPLIES_ARMS EGY", "SUN SUPPLIES_ARMS SYR"], []),
]
