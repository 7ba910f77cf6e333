DAY = "2024-12-11"
SENTS = [
 ("Israeli troops moved into the demilitarised buffer zone on the Syrian side of the Golan Heights after Assad's fall.", ["ISR DEPLOYS_TROOPS SYR"], []),
 ("Israeli jets carried out hundreds of strikes on Syrian army bases, warships and weapons depots.", ["ISR ATTACKS SYR"], []),
 ("Egypt, Qatar and Saudi Arabia condemned the incursion as a violation of Syria's sovereignty.", [], ["EGY CONDEMNS ISR", "QAT CONDEMNS ISR", "SAU CONDEMNS ISR"]),
 ("Benjamin Netanyahu said the deployment was temporary and meant to protect Israeli communities.", [], []),
 ("UN peacekeepers have monitored the zone since a 1974 disengagement agreement.", [], ["org:UN DEPLOYS_TROOPS SYR"]),
]
