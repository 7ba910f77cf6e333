DAY = "2009-03-05"
SENTS = [
 ("The International Criminal Court issued an arrest warrant on Wednesday for President Omar al-Bashir of Sudan on charges of war crimes and crimes against humanity in Darfur.", ["person:omar-al-bashir LEADS SDN"], ["org:ICC CONDEMNS person:omar-al-bashir", "org:ICC CONDEMNS SDN"]),
 ("Bashir, the first sitting head of state to be charged by the court, responded by expelling 13 foreign aid agencies from Darfur.", [], []),
 ("The African Union and the Arab League said the warrant would undermine peace efforts.", [], ["org:AU CONDEMNS org:ICC", "org:ARAB_LEAGUE CONDEMNS org:ICC"]),
 ("China, Sudan's biggest oil customer and arms supplier, called on the Security Council to suspend the case.", ["CHN TRADES_WITH SDN", "CHN SUPPLIES_ARMS SDN"], []),
 ("The United States welcomed the court's decision.", [], ["USA SUPPORTS org:ICC"]),
]
