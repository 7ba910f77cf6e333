DAY = "1955-10-27"
SENTS = [
 ("Sir Anthony Eden told the Commons that British-led forces had occupied the Buraimi oasis on Wednesday and expelled a Saudi Arabian police detachment.", ["GBR ATTACKS SAU"], ["person:anthony-eden LEADS GBR", "GBR DEPLOYS_TROOPS SAU"]),
 ("Eden said Britain had walked out of the arbitration in Geneva because Saudi Arabia had tried to bribe witnesses and members of the tribunal.", ["person:anthony-eden CONDEMNS SAU"], ["GBR CONDEMNS SAU", "person:anthony-eden LEADS GBR"]),
 ("King Saud's government denounced the seizure as naked aggression against Saudi soil and lodged a protest in London.", ["SAU CONDEMNS GBR"], ["person:saud LEADS SAU"]),
 ("The forces acted for the Sultan of Muscat and the Sheikh of Abu Dhabi, whose claims to the oasis London has long backed.", [], ["GBR SUPPORTS OMN"]),
 ("The United States, which keeps an air base at Dhahran in Saudi Arabia, urged both sides to return to arbitration.", ["USA DEPLOYS_TROOPS SAU"], []),
]
