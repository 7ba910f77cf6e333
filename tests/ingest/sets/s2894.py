DAY = "1951-03-16"
SENTS = [
 ("The Iranian Majlis voted without dissent on Thursday to nationalise the country's oil industry, including the refinery and wells of the British-owned Anglo-Iranian Oil Company.", [], ["IRN SANCTIONS GBR"]),
 ("The vote followed by eight days the murder of Prime Minister Ali Razmara, who had told the deputies that Iran could not run the industry alone.", [], ["person:ali-razmara LEADS IRN"]),
 ("Britain's ambassador in Tehran called on the Shah on Friday to say that London could not accept the seizure of a British company's property.", [], ["GBR MEETS person:mohammad-reza-pahlavi", "GBR MEETS IRN", "person:mohammad-reza-pahlavi LEADS IRN", "GBR CONDEMNS IRN"]),
 ("The State Department urged both governments to settle their dispute by negotiation.", [], []),
 ("Dr. Mohammad Mosaddegh, who led the campaign for nationalisation in the Majlis, said the oil of Iran belonged to its people and to no foreign company.", [], []),
]
