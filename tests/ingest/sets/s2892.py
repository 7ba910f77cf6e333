DAY = "1961-11-04"
SENTS = [
 ("General Maxwell Taylor returned from Saigon on Friday and recommended sending American combat engineers and logistics troops to South Vietnam.", [], ["USA DEPLOYS_TROOPS RVN"]),
 ("Some 2,000 of Washington's advisers already train Diem's army inside South Vietnam.", ["USA DEPLOYS_TROOPS RVN"], ["person:ngo-dinh-diem LEADS RVN", "USA SUPPORTS RVN"]),
 ("Hanoi has infiltrated thousands of guerrillas into the South through Laos.", [], ["VDR ATTACKS RVN", "VDR DEPLOYS_TROOPS RVN"]),
 ("Diem has asked Washington for a bilateral defence treaty.", [], ["person:ngo-dinh-diem MEETS USA"]),
 ("Peking warned that an American intervention in Vietnam would threaten China's security.", [], ["CHN CONDEMNS USA"]),
]
