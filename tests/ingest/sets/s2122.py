DAY = "1967-08-09"
SENTS = [
 ("The foreign ministers of Indonesia, Malaysia, the Philippines, Singapore and Thailand signed a declaration in Bangkok on Tuesday founding the Association of Southeast Asian Nations.", ["IDN MEMBER_OF org:ASEAN", "MYS MEMBER_OF org:ASEAN", "PHL MEMBER_OF org:ASEAN", "SGP MEMBER_OF org:ASEAN", "THA MEMBER_OF org:ASEAN"], ["IDN MEETS THA", "MYS MEETS THA", "PHL MEETS THA", "SGP MEETS THA", "IDN MEETS MYS", "IDN MEETS PHL", "IDN MEETS SGP", "MYS MEETS PHL", "MYS MEETS SGP", "PHL MEETS SGP"]),
 ("Thai Foreign Minister Thanat Khoman, who was host to the meeting, said the association would promote economic growth and regional peace.", [], []),
 ("Indonesia's foreign minister, Adam Malik, said the new grouping was not a military alliance.", [], []),
 ("Indonesia ended its armed confrontation with Malaysia only last year.", [], ["IDN ATTACKS MYS"]),
 ("Burma and Cambodia declined invitations to join.", [], []),
]
