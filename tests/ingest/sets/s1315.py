DAY = "2025-10-14"
SENTS = [
 ("Hamas freed the last 20 living Israeli hostages on Monday, and Israel released nearly 2,000 Palestinian prisoners and detainees.", [], []),
 ("Donald Trump addressed the Knesset in Jerusalem before flying to Sharm el-Sheikh, where he and Abdel Fattah el-Sisi co-chaired a summit of more than 20 world leaders.", ["person:donald-trump MEETS ISR", "person:donald-trump MEETS person:abdel-fattah-el-sisi"], ["person:donald-trump MEETS EGY"]),
 ("Egypt, Qatar and Turkey signed a document with the United States guaranteeing the ceasefire.", [], ["EGY MEETS USA", "QAT MEETS USA", "TUR MEETS USA"]),
 ("Benjamin Netanyahu did not attend the summit after Turkey and others objected.", [], []),
 ("Trump praised Erdogan as a tough guy who had been very helpful.", ["person:donald-trump SUPPORTS person:recep-tayyip-erdogan"], []),
]
