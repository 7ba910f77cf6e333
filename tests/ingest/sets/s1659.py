DAY = "2025-10-14"
SENTS = [
 ("Donald Trump and Egyptian President Abdel Fattah al-Sisi co-chaired a summit in Sharm el-Sheikh on Monday at which more than 20 world leaders endorsed the Gaza ceasefire.", ["person:abdel-fattah-el-sisi LEADS EGY", "person:donald-trump MEETS person:abdel-fattah-el-sisi"], ["person:donald-trump MEETS EGY"]),
 ("The United States, Egypt, Qatar and Turkey signed a document pledging to guarantee the truce between Israel and Hamas.", [], ["USA MEETS EGY", "USA MEETS QAT", "USA MEETS TUR", "EGY MEETS QAT", "EGY MEETS TUR", "QAT MEETS TUR"]),
 ("Neither Israel nor Hamas attended the summit.", [], []),
 ("Earlier in the day Trump addressed the Knesset in Jerusalem, where he was given a standing ovation.", ["person:donald-trump MEETS ISR"], []),
 ("Indonesia's president, Prabowo Subianto, offered to send thousands of troops to a stabilisation force in Gaza.", ["person:prabowo-subianto LEADS IDN"], ["IDN DEPLOYS_TROOPS PSE"]),
]
