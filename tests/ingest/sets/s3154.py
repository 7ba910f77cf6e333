DAY = "1967-12-04"
SENTS = [
 ("Greek Cypriot National Guardsmen led by General George Grivas attacked two Turkish Cypriot villages near Kophinou last month, killing at least 24 people.", [], []),
 ("Turkish jets flew low over Cyprus the next day, and Ankara warned that it would invade unless the Greek troops on the island were withdrawn.", [], ["TUR CONDEMNS GRC", "GRC DEPLOYS_TROOPS CYP"]),
 ("President Johnson sent Cyrus Vance to Ankara, Athens and Nicosia to head off a war between the two NATO allies.", ["person:cyrus-vance MEETS TUR", "person:cyrus-vance MEETS GRC", "person:cyrus-vance MEETS CYP"], ["GRC MEMBER_OF org:NATO", "TUR MEMBER_OF org:NATO", "person:lyndon-b-johnson LEADS USA", "USA MEETS TUR", "USA MEETS GRC", "USA MEETS CYP"]),
 ("Greece agreed on Sunday to withdraw about 10,000 soldiers it had secretly sent to Cyprus.", ["GRC DEPLOYS_TROOPS CYP"], []),
 ("The Soviet Union accused NATO of plotting to partition the island.", ["SUN CONDEMNS org:NATO"], []),
]
