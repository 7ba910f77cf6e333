DAY = "2006-07-13"
SENTS = [
 ("Israeli warplanes struck Beirut's international airport on Thursday, a day after Hezbollah fighters captured two Israeli soldiers in a cross-border raid.", ["ISR ATTACKS LBN", "org:HEZBOLLAH ATTACKS ISR"], ["ISR ATTACKS org:HEZBOLLAH"]),
 ("Israel also imposed a naval blockade on Lebanon, which it holds responsible for the attack.", ["ISR CONDEMNS LBN"], ["ISR SANCTIONS LBN", "ISR ATTACKS LBN"]),
 ("Ehud Olmert, the Israeli prime minister, called the soldiers' capture an act of war.", ["person:ehud-olmert LEADS ISR"], ["person:ehud-olmert CONDEMNS org:HEZBOLLAH"]),
 ("Iran and Syria, Hezbollah's main backers, blamed Israel for the escalation.", ["IRN SUPPORTS org:HEZBOLLAH", "SYR SUPPORTS org:HEZBOLLAH", "IRN CONDEMNS ISR", "SYR CONDEMNS ISR"], []),
 ("George W. Bush said Israel had a right to defend itself, while France and Russia criticised its response as disproportionate.", ["person:george-w-bush SUPPORTS ISR", "FRA CONDEMNS ISR", "RUS CONDEMNS ISR"], []),
]
