DAY = "2000-06-07"
SENTS = [
 ("Australia sent the warship Tobruk to Honiara on Tuesday to evacuate foreigners after militiamen from the island of Malaita seized the capital and forced Prime Minister Bartholomew Ulufa'alu to resign.", ["AUS DEPLOYS_TROOPS SLB"], ["person:bartholomew-ulufaalu LEADS SLB"]),
 ("Mr. Ulufa'alu had twice asked Canberra for police or troops to restore order, but John Howard's government refused.", [], ["person:john-howard LEADS AUS"]),
 ("The Commonwealth's secretary general, Don McKinnon, said the coup was unacceptable.", ["person:don-mckinnon LEADS org:COMMONWEALTH"], []),
 ("Tokyo and Taipei, which between them pay for much of the Solomon Islands' budget, urged a return to order.", ["JPN SUPPORTS SLB", "TWN SUPPORTS SLB"], []),
]
