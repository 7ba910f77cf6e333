DAY = "2019-08-08"
SENTS = [
 ("Pakistan expelled India's high commissioner and suspended bilateral trade after New Delhi revoked the special status of the part of Kashmir it administers.", [], ["PAK CONDEMNS IND", "PAK SANCTIONS IND"]),
 ("Prime Minister Imran Khan said he would take the matter to the UN Security Council.", [], []),
 ("China, Pakistan's closest ally, said India's move was unacceptable.", ["CHN ALLIED_WITH PAK", "CHN CONDEMNS IND"]),
 ("India has deployed tens of thousands of additional troops to the Kashmir valley.", [], []),
 ("Islamabad also halted the Samjhauta Express train service between the two countries.", [], ["PAK SANCTIONS IND"]),
]
