DAY = "1990-08-03"
SENTS = [
 ("Iraqi troops and tanks invaded Kuwait before dawn on Thursday and seized the emir's palace.", ["IRQ ATTACKS KWT"], ["IRQ DEPLOYS_TROOPS KWT"]),
 ("The emir, Sheikh Jaber al-Ahmad al-Sabah, fled to Saudi Arabia.", [], []),
 ("The UN Security Council condemned the invasion and demanded an immediate withdrawal of Iraqi forces.", [], ["org:UNSC CONDEMNS IRQ"]),
 ("The United States froze Iraqi and Kuwaiti assets and banned trade with Iraq.", ["USA SANCTIONS IRQ"], ["USA SANCTIONS KWT"]),
 ("The Soviet Union, Iraq's main arms supplier, halted weapons deliveries to Baghdad.", ["SUN SUPPLIES_ARMS IRQ"], ["SUN SANCTIONS IRQ"]),
]
