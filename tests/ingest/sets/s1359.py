DAY = "2024-01-18"
SENTS = [
 ("Pakistan carried out air strikes on militant hideouts in Iran's Sistan-Baluchestan province on Thursday, two days after Iran struck targets inside Pakistan.", ["PAK ATTACKS IRN", "IRN ATTACKS PAK"], []),
 ("Islamabad recalled its ambassador from Tehran and barred the Iranian envoy from returning.", [], ["PAK CONDEMNS IRN"]),
 ("Iran said its missiles and drones had hit bases of Jaish al-Adl, a Sunni militant group it accuses of attacks on its border guards.", [], []),
 ("China offered to mediate between its two neighbours.", [], []),
 ("Iranian Foreign Minister Hossein Amir-Abdollahian met his Pakistani counterpart Jalil Abbas Jilani in Islamabad a week later.", ["person:hossein-amir-abdollahian MEETS person:jalil-abbas-jilani", "person:hossein-amir-abdollahian MEETS PAK"], []),
]
