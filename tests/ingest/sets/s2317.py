DAY = "2006-08-12"
SENTS = [
 ("The UN Security Council voted unanimously on Friday for a resolution calling for a full cessation of hostilities between Israel and Hezbollah.", [], ["ISR ATTACKS org:HEZBOLLAH", "org:HEZBOLLAH ATTACKS ISR"]),
 ("Resolution 1701 authorises up to 15,000 UN peacekeepers to help the Lebanese army take control of southern Lebanon as Israeli forces withdraw.", [], ["ISR DEPLOYS_TROOPS LBN", "org:UN DEPLOYS_TROOPS LBN", "org:UNSC SUPPORTS LBN"]),
 ("Prime Minister Ehud Olmert's cabinet is expected to approve the plan, though Israeli troops pressed their offensive against Hezbollah on Saturday.", ["ISR ATTACKS org:HEZBOLLAH"], ["person:ehud-olmert LEADS ISR"]),
 ("Hezbollah's leader, Hassan Nasrallah, said his fighters would respect the ceasefire but would continue to resist as long as Israeli soldiers remained on Lebanese soil.", ["person:hassan-nasrallah LEADS org:HEZBOLLAH"], ["ISR DEPLOYS_TROOPS LBN", "org:HEZBOLLAH ATTACKS ISR"]),
 ("Hezbollah is armed and financed by Iran, and Syria lets the weapons cross its territory.", ["IRN SUPPLIES_ARMS org:HEZBOLLAH"], ["IRN SUPPORTS org:HEZBOLLAH", "SYR SUPPORTS org:HEZBOLLAH"]),
 ("The war began on July 12, when Hezbollah fighters captured two Israeli soldiers in a cross-border raid.", ["org:HEZBOLLAH ATTACKS ISR"], []),
]
