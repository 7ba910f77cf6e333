DAY = "1968-03-22"
SENTS = [
 ("Israeli armored columns and paratroopers crossed into Jordan on Thursday and attacked the town of Karameh, which Israel called the main base of the Fatah guerrillas.", ["ISR ATTACKS JOR"], ["ISR DEPLOYS_TROOPS JOR"]),
 ("Jordanian troops and artillery fought the raiders for fifteen hours, and King Hussein said his army had destroyed dozens of Israeli tanks.", [], ["JOR ATTACKS ISR", "person:hussein-bin-talal LEADS JOR"]),
 ("Washington, London and Moscow all condemned Israel's attack when the Security Council met on Friday.", ["USA CONDEMNS ISR", "GBR CONDEMNS ISR", "SUN CONDEMNS ISR"], []),
 ("Israel's Prime Minister, Levi Eshkol, accused Jordan of letting the guerrillas use its territory for raids on Israeli settlements.", ["person:levi-eshkol LEADS ISR", "person:levi-eshkol CONDEMNS JOR"], ["ISR CONDEMNS JOR"]),
 ("Iraqi troops stationed in Jordan since the June war took no part in the fighting, Amman radio said.", ["IRQ DEPLOYS_TROOPS JOR"], []),
]
