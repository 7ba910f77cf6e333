DAY = "2012-03-23"
SENTS = [
 ("The UN Human Rights Council passed a US-backed resolution on Thursday urging Sri Lanka to investigate abuses committed in the final months of its war against the Tamil Tigers.", ["org:UNHRC CONDEMNS LKA"], ["USA SUPPORTS org:UNHRC", "LKA ATTACKS org:LTTE"]),
 ("India, which had long shielded its southern neighbour, voted for the text after pressure from Tamil parties at home.", [], ["IND SUPPORTS LKA", "IND CONDEMNS LKA"]),
 ("China, Russia and Cuba voted against the resolution, which passed 24 to 15.", [], ["CHN SUPPORTS LKA", "RUS SUPPORTS LKA", "CUB SUPPORTS LKA"]),
 ("President Mahinda Rajapaksa's government rejected the resolution as interference in the country's internal affairs.", [], ["person:mahinda-rajapaksa LEADS LKA", "LKA CONDEMNS org:UNHRC"]),
 ("About 40,000 civilians may have been killed in the last months of fighting, according to a UN panel.", [], []),
]
