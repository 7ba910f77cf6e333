DAY = "1946-04-05"
SENTS = [
 ("Iran and the Soviet Union announced an agreement in Teheran today under which the Red Army will leave Iranian territory within six weeks of March 24.", ["SUN DEPLOYS_TROOPS IRN"], ["IRN MEETS SUN"]),
 ("In return Premier Qavam agreed to form a joint Soviet-Iranian oil company, subject to approval by the Majlis.", [], ["person:ahmad-qavam LEADS IRN", "SUN TRADES_WITH IRN"]),
 ("The Soviet Ambassador, Ivan Sadchikov, signed for Moscow.", [], []),
 ("Teheran said it would withdraw its complaint against the Soviet Union from the Security Council.", [], ["IRN CONDEMNS SUN"]),
 ("The United States had pressed Moscow to honour its pledge to remove its troops by March 2.", [], ["USA CONDEMNS SUN", "SUN DEPLOYS_TROOPS IRN"]),
]
