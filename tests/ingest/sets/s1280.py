DAY = "2025-08-08"
SENTS = [
 ("Lebanon's cabinet tasked the army with drawing up a plan to disarm Hezbollah by the end of the year, a decision the group called a grave sin.", [], ["org:HEZBOLLAH CONDEMNS LBN"]),
 ("Hezbollah's secretary general, Naim Qassem, said the group would not give up its weapons while Israel kept striking Lebanon.", ["person:naim-qassem LEADS org:HEZBOLLAH", "ISR ATTACKS LBN"], []),
 ("Iran, Hezbollah's main backer, criticised the Lebanese government's decision.", ["IRN SUPPORTS org:HEZBOLLAH", "IRN CONDEMNS LBN"], []),
 ("Beirut responded by accusing Tehran of interfering in its internal affairs.", ["LBN CONDEMNS IRN"]),
 ("Israeli troops still occupy five hilltop positions inside southern Lebanon despite the November ceasefire.", ["ISR DEPLOYS_TROOPS LBN"], ["ISR ATTACKS LBN"]),
]
