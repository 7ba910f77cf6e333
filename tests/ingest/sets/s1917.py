DAY = "2018-02-10"
SENTS = [
 ("Israel struck Iranian and Syrian targets in Syria on Saturday after shooting down an Iranian drone that it said had entered Israeli airspace.", ["ISR ATTACKS IRN", "ISR ATTACKS SYR"], []),
 ("An Israeli F-16 was hit by Syrian anti-aircraft fire during the raids and crashed in northern Israel; both pilots ejected.", ["SYR ATTACKS ISR"], []),
 ("It was the first Israeli warplane lost to enemy fire since 1982.", [], []),
 ("Benjamin Netanyahu said Israel would defend itself against any attack and accused Iran of brazenly violating its sovereignty.", ["person:benjamin-netanyahu CONDEMNS IRN"], []),
 ("Iran denied that its drone had been shot down and called the Israeli claims ridiculous.", [], ["IRN CONDEMNS ISR"]),
 ("Russia, which has troops in Syria, urged all sides to show restraint.", ["RUS DEPLOYS_TROOPS SYR"], []),
]
