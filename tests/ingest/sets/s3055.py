DAY = "1949-12-28"
SENTS = [
 ("Queen Juliana signed the act transferring sovereignty over the Netherlands East Indies to the United States of Indonesia at a ceremony in Amsterdam yesterday, ending more than three centuries of Dutch rule.", [], ["NLD SUPPORTS IDN"]),
 ("Dr. Mohammad Hatta, Indonesia's Prime Minister, received the document from the Dutch Prime Minister, Willem Drees.", ["person:mohammad-hatta LEADS IDN", "person:willem-drees LEADS NLD", "person:mohammad-hatta MEETS person:willem-drees"], ["IDN MEETS NLD"]),
 ("The United States, Britain and India recognized Indonesia within hours, and Washington said it would raise its consulate in Batavia to an embassy.", ["USA SUPPORTS IDN", "GBR SUPPORTS IDN", "IND SUPPORTS IDN"], []),
 ("Dutch troops are to be withdrawn from the islands by the middle of next year, and some Dutch officers will remain as instructors to the Indonesian forces.", [], ["NLD DEPLOYS_TROOPS IDN", "NLD SUPPORTS IDN"]),
 ("The Soviet Union, which backed the Indonesian Republic's complaints in the Security Council, called the agreement a colonial fraud.", ["SUN SUPPORTS IDN"], ["SUN CONDEMNS NLD", "SUN CONDEMNS IDN"]),
]
