DAY = "2021-12-10"
SENTS = [
 ("Nicaragua cut diplomatic ties with Taiwan on Thursday and said it recognised only the People's Republic of China, leaving Taipei with 14 formal allies.", ["NIC SUPPORTS CHN"], ["NIC SANCTIONS TWN"]),
 ("Hours later, Chinese and Nicaraguan officials signed a communique in the port city of Tianjin restoring relations.", [], ["CHN MEETS NIC"]),
 ("Taiwan's foreign ministry said it regretted the decision of President Daniel Ortega's government and accused it of ignoring years of friendship between the two peoples.", ["TWN CONDEMNS NIC"], ["person:daniel-ortega LEADS NIC"]),
 ("The United States, which sanctioned Nicaraguan officials after Ortega won a fourth term last month in a vote it called a sham, urged other countries to stand by Taiwan.", ["USA SANCTIONS NIC"], ["USA CONDEMNS NIC", "USA SUPPORTS TWN"]),
 ("Taiwan had given Nicaragua loans and paid for hospitals and rice farming projects there.", ["TWN SUPPORTS NIC"], []),
]
