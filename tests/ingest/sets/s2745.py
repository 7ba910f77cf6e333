DAY = "1973-11-12"
SENTS = [
 ("Egyptian and Israeli generals signed a six-point cease-fire agreement in a tent at Kilometer 101 on the Cairo-Suez road on Sunday, the first accord between the two countries since 1949.", [], ["EGY MEETS ISR"]),
 ("The agreement was worked out by Secretary of State Henry A. Kissinger during his talks with President Anwar el-Sadat in Cairo last week.", ["person:henry-kissinger MEETS person:anwar-sadat"], ["person:henry-kissinger MEETS EGY", "person:anwar-sadat LEADS EGY"]),
 ("Israeli troops still hold some 1,600 square kilometers of Egyptian territory west of the canal, where they have encircled the Egyptian Third Army.", ["ISR DEPLOYS_TROOPS EGY"], ["ISR ATTACKS EGY"]),
 ("Moscow, whose giant transports airlifted tanks and missiles to Egypt and Syria throughout the October fighting, gave the accord a cautious welcome.", ["SUN SUPPLIES_ARMS EGY", "SUN SUPPLIES_ARMS SYR"], []),
]
