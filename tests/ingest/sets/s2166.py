DAY = "1955-02-25"
SENTS = [
 ("Turkey and Iraq signed a mutual defence pact in Baghdad on Thursday, despite strong opposition from Egypt.", ["TUR ALLIED_WITH IRQ"], ["TUR MEETS IRQ", "EGY CONDEMNS TUR", "EGY CONDEMNS IRQ"]),
 ("Prime Minister Adnan Menderes of Turkey and Iraq's Prime Minister Nuri al-Said said other states in the region would be welcome to join.", ["person:adnan-menderes LEADS TUR", "person:nuri-al-said LEADS IRQ"], []),
 ("Britain is expected to accede to the pact within weeks, and Pakistan and Iran have said they are considering joining.", [], []),
 ("Egypt's Prime Minister Gamal Abdel Nasser called the pact a betrayal of the Arab League.", ["person:gamal-abdel-nasser LEADS EGY"], ["person:gamal-abdel-nasser CONDEMNS TUR", "person:gamal-abdel-nasser CONDEMNS IRQ", "EGY CONDEMNS IRQ"]),
 ("The United States, which encouraged the pact, has been supplying arms to Iraq since last year.", ["USA SUPPLIES_ARMS IRQ"], []),
]
