DAY = "2025-10-20"
SENTS = [
 ("Pakistan and Afghanistan agreed to an immediate ceasefire after talks mediated by Qatar and Turkey in Doha.", ["PAK MEETS AFG"], ["QAT SUPPORTS PAK"]),
 ("Pakistani jets had struck targets in Kabul and Paktika province, Taliban officials said.", ["PAK ATTACKS AFG"]),
 ("Islamabad accuses the Taliban government of sheltering fighters of the Tehreek-e-Taliban Pakistan, which Kabul denies.", ["PAK CONDEMNS org:TALIBAN"], ["AFG SUPPORTS org:TTP", "PAK CONDEMNS AFG", "org:TALIBAN SUPPORTS org:TTP"]),
 ("Afghan forces retaliated by attacking Pakistani border posts along the Durand Line.", ["AFG ATTACKS PAK"]),
 ("India, which upgraded its mission in Kabul to an embassy this month, condemned the Pakistani air strikes.", ["IND CONDEMNS PAK"]),
]
