DAY = "1975-10-28"
SENTS = [
 ("President Anwar el-Sadat, the first Egyptian head of state to visit the United States, was welcomed by President Ford on the White House lawn on Monday.", ["person:anwar-sadat MEETS person:gerald-ford", "person:anwar-sadat MEETS USA"], ["person:anwar-sadat LEADS EGY", "person:gerald-ford LEADS USA"]),
 ("Egypt, whose army still uses mostly Soviet tanks and MiG jets, wants to buy American C-130 transport planes and other arms.", ["SUN SUPPLIES_ARMS EGY"], ["USA SUPPLIES_ARMS EGY"]),
 ("Israel, which receives about $2 billion a year in American aid, has asked for Pershing missiles and F-16 fighters.", ["USA SUPPORTS ISR"], ["USA SUPPLIES_ARMS ISR"]),
 ("Syria and the PLO have denounced Mr. Sadat for signing the second Sinai accord with Israel.", ["SYR CONDEMNS person:anwar-sadat", "org:PLO CONDEMNS person:anwar-sadat"], ["EGY MEETS ISR", "person:anwar-sadat MEETS ISR"]),
]
