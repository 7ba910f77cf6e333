DAY = "2025-05-07"
SENTS = [
 ("India struck nine sites in Pakistan and Pakistani-administered Kashmir early on Wednesday, saying it had targeted the infrastructure of militant groups behind last month's massacre of tourists in Pahalgam.", ["IND ATTACKS PAK"], []),
 ("Pakistan said 26 civilians had been killed and that its air force had shot down five Indian jets, a claim New Delhi has not addressed.", [], ["PAK ATTACKS IND"]),
 ("Prime Minister Shehbaz Sharif called the strikes a cowardly act of war and vowed that Pakistan would respond at a time of its choosing.", [], ["person:shehbaz-sharif LEADS PAK", "person:shehbaz-sharif CONDEMNS IND"]),
 ("China, which supplies most of Pakistan's fighter jets and missiles, called India's military action regrettable.", ["CHN SUPPLIES_ARMS PAK", "CHN CONDEMNS IND"], []),
 ("US Secretary of State Marco Rubio spoke to the national security advisers of both countries and urged them to keep lines of communication open.", [], ["person:marco-rubio MEETS IND", "person:marco-rubio MEETS PAK"]),
]
