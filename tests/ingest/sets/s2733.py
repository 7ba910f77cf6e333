DAY = "1964-06-22"
SENTS = [
 ("Prime Minister Ismet Inonu of Turkey held talks with President Johnson at the White House on Monday, two weeks after Mr. Johnson warned him in a letter not to invade Cyprus.", ["person:ismet-inonu LEADS TUR", "person:ismet-inonu MEETS person:lyndon-b-johnson", "person:ismet-inonu MEETS USA"], ["person:lyndon-b-johnson LEADS USA"]),
 ("Premier George Papandreou of Greece is to see the President on Wednesday.", ["person:george-papandreou LEADS GRC"], ["person:george-papandreou MEETS USA"]),
 ("Turkey has threatened to send troops to protect the island's Turkish Cypriots, and Greece has secretly moved thousands of soldiers there.", [], ["GRC DEPLOYS_TROOPS CYP", "TUR DEPLOYS_TROOPS CYP"]),
 ("A United Nations force of 7,000 men, most of them British, Canadian and Swedish, has been in Cyprus since March.", [], ["org:UN DEPLOYS_TROOPS CYP", "GBR DEPLOYS_TROOPS CYP", "CAN DEPLOYS_TROOPS CYP", "SWE DEPLOYS_TROOPS CYP"]),
]
