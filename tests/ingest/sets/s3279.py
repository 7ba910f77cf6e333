DAY = "1958-05-23"
SENTS = [
 ("Lebanon asked the Security Council on Thursday to act against what it called massive intervention by the United Arab Republic in its internal affairs.", ["LBN CONDEMNS EGY"], []),
 ("The government of President Camille Chamoun says arms and armed men are crossing into Lebanon from Syria, which joined Egypt in the new republic in February.", [], ["person:camille-chamoun LEADS LBN", "LBN CONDEMNS SYR", "LBN CONDEMNS EGY", "EGY ALLIED_WITH SYR"]),
 ("The United States is flying tear gas, small arms and ammunition to the Lebanese police, the State Department said.", ["USA SUPPLIES_ARMS LBN"], []),
 ("Cairo radio called Chamoun a traitor to the Arab cause and a lackey of the imperialists.", ["EGY CONDEMNS person:camille-chamoun"], []),
 ("Iraq and Jordan, joined since February in the Arab Federation, have promised Lebanon their support.", ["IRQ ALLIED_WITH JOR"], ["IRQ SUPPORTS LBN", "JOR SUPPORTS LBN"]),
]
