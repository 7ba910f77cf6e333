DAY = "2018-06-26"
SENTS = [
 ("President Danny Faure of Seychelles held talks with Narendra Modi in New Delhi on Monday, weeks after saying a plan for India to build a naval base on Assumption Island would not go ahead.", ["person:danny-faure LEADS SYC", "person:danny-faure MEETS person:narendra-modi", "person:danny-faure MEETS IND"], []),
 ("The two leaders agreed to keep working on the project, which opposition lawmakers in Victoria say would compromise the archipelago's sovereignty.", [], ["person:danny-faure MEETS person:narendra-modi"]),
 ("India announced a $100 million line of credit for Seychelles to buy defence equipment and gave the islands a Dornier surveillance aircraft.", ["IND SUPPORTS SYC", "IND SUPPLIES_ARMS SYC"], []),
 ("Seychelles, which sits astride shipping lanes in the western Indian Ocean, has also received military equipment from China.", ["CHN SUPPLIES_ARMS SYC"], []),
 ("Modi said India respected the sovereignty of Seychelles and would help it guard its vast exclusive economic zone.", [], ["IND SUPPORTS SYC"]),
]
