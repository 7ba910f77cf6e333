DAY = "1973-04-11"
SENTS = [
 ("Israeli commandos came ashore in Beirut before dawn on Tuesday and killed three senior leaders of the Palestine Liberation Organization in their apartments.", ["ISR ATTACKS org:PLO"], ["ISR ATTACKS LBN", "ISR DEPLOYS_TROOPS LBN"]),
 ("Lebanon's prime minister, Saeb Salam, resigned on Wednesday after the army failed to stop the raiders, who also blew up the headquarters of the Popular Front in the city.", ["person:saeb-salam LEADS LBN"], []),
 ("Egypt and Syria condemned Israel for the killings, and President Sadat said the Arab nations would avenge them.", ["EGY CONDEMNS ISR", "SYR CONDEMNS ISR"], ["person:anwar-sadat LEADS EGY"]),
 ("Beirut sought an urgent Security Council meeting and charged Israel with flagrant aggression against Lebanese sovereignty.", ["LBN CONDEMNS ISR"], ["ISR ATTACKS LBN"]),
 ("Israeli officials said the dead men had planned the killing of Israeli athletes at the Munich Olympics.", [], []),
]
