DAY = "1976-10-19"
SENTS = [
 ("President Anwar Sadat of Egypt and President Hafez al-Assad of Syria ended a year of bitter feuding at a mini-summit in Riyadh on Sunday and agreed on a cease-fire in Lebanon.", ["person:anwar-sadat LEADS EGY", "person:hafez-al-assad LEADS SYR", "person:anwar-sadat MEETS person:hafez-al-assad"], ["EGY MEETS SYR"]),
 ("The meeting, called by King Khalid of Saudi Arabia, was also attended by President Elias Sarkis of Lebanon and Yasir Arafat.", ["person:khalid-bin-abdulaziz LEADS SAU", "person:elias-sarkis LEADS LBN"], ["person:khalid-bin-abdulaziz MEETS person:anwar-sadat", "person:elias-sarkis MEETS person:yasser-arafat", "person:khalid-bin-abdulaziz MEETS person:elias-sarkis", "person:khalid-bin-abdulaziz MEETS person:yasser-arafat"]),
 ("The leaders agreed to turn the small Arab peacekeeping contingent in Lebanon into a deterrent force of 30,000 men, most of them Syrian troops who entered the country in June.", ["SYR DEPLOYS_TROOPS LBN"], []),
 ("Last week Syrian tanks pushed through the mountains east of Beirut in an offensive against the Palestinian guerrillas and their leftist Lebanese allies.", [], ["SYR DEPLOYS_TROOPS LBN"]),
]
