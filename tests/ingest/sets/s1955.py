DAY = "2024-09-28"
SENTS = [
 ("Hezbollah confirmed on Saturday that its leader, Hassan Nasrallah, had been killed in an Israeli air strike on its headquarters in Beirut's southern suburbs.", ["person:hassan-nasrallah LEADS org:HEZBOLLAH", "ISR ATTACKS LBN"], ["ISR ATTACKS org:HEZBOLLAH"]),
 ("Israeli warplanes dropped dozens of bunker-busting bombs on the compound on Friday evening, the military said.", [], []),
 ("Iran's supreme leader, Ayatollah Ali Khamenei, was moved to a secure location inside the country, and Tehran called for an emergency meeting of the Security Council.", ["person:ali-khamenei LEADS IRN"], []),
 ("Hezbollah, which Iran has armed and funded for four decades, has fired thousands of rockets at northern Israel since October.", ["IRN SUPPLIES_ARMS org:HEZBOLLAH", "org:HEZBOLLAH ATTACKS ISR"], ["IRN SUPPORTS org:HEZBOLLAH"]),
 ("Joe Biden called the killing a measure of justice for Nasrallah's many victims, including thousands of Americans.", [], []),
]
