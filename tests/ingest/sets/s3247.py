DAY = "1989-04-05"
SENTS = [
 ("Iraq has shipped tanks, artillery and rockets to General Michel Aoun's Christian forces through the port of Jounieh, Western diplomats said.", ["IRQ SUPPORTS person:michel-aoun"], ["IRQ SUPPLIES_ARMS person:michel-aoun"]),
 ("Syrian gunners pounded the Christian enclave east of Beirut for a third week on Tuesday, and Syrian gunboats enforced a blockade of its ports.", [], ["SYR ATTACKS LBN"]),
 ("General Aoun, who heads one of Lebanon's two rival governments, has vowed to drive the 40,000 Syrian troops out of the country.", [], ["person:michel-aoun LEADS LBN", "person:michel-aoun CONDEMNS SYR", "SYR DEPLOYS_TROOPS LBN"]),
 ("President Hafez al-Assad accused Baghdad of fuelling the war in Lebanon to take revenge for Syria's support of Iran.", ["person:hafez-al-assad CONDEMNS IRQ"], ["SYR SUPPORTS IRN", "person:hafez-al-assad LEADS SYR", "SYR CONDEMNS IRQ"]),
 ("Meeting in Tunis, foreign ministers of the 22 Arab League states urged a truce and a halt to weapons reaching any Lebanese militia.", [], []),
]
