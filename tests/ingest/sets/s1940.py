DAY = "2023-04-17"
SENTS = [
 ("Fighting between Sudan's army and the paramilitary Rapid Support Forces spread across Khartoum for a third day on Monday, with air strikes hitting residential areas.", ["org:RSF ATTACKS SDN", "SDN ATTACKS org:RSF"], []),
 ("The army chief, General Abdel Fattah al-Burhan, called the RSF a rebel militia and ruled out negotiations with its commander, Mohamed Hamdan Dagalo.", ["person:abdel-fattah-al-burhan CONDEMNS org:RSF"], ["person:mohamed-hamdan-dagalo LEADS org:RSF", "person:abdel-fattah-al-burhan LEADS SDN"]),
 ("Dagalo accused Burhan of being a radical Islamist who was bombing civilians from the air.", ["person:mohamed-hamdan-dagalo CONDEMNS person:abdel-fattah-al-burhan"], []),
 ("Egypt, which is close to the army, said some of its soldiers who were training with Sudanese troops had been captured by the RSF.", [], ["EGY SUPPORTS SDN", "EGY DEPLOYS_TROOPS SDN", "org:RSF ATTACKS EGY"]),
 ("Antony Blinken spoke to both generals by phone and urged them to agree to a ceasefire.", [], ["person:antony-blinken MEETS person:abdel-fattah-al-burhan", "person:antony-blinken MEETS person:mohamed-hamdan-dagalo"]),
]
