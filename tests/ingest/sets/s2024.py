DAY = "2008-12-28"
SENTS = [
 ("Israeli warplanes struck dozens of Hamas targets across the Gaza Strip for a second day on Sunday, killing more than 280 people in the deadliest attacks on the territory in decades.", ["ISR ATTACKS org:HAMAS"], []),
 ("Hamas fired scores of rockets into southern Israel, reaching the city of Ashdod for the first time.", ["org:HAMAS ATTACKS ISR"], []),
 ("Egypt's President Hosni Mubarak blamed Hamas for the escalation and refused to open the Rafah crossing fully.", ["person:hosni-mubarak LEADS EGY", "person:hosni-mubarak CONDEMNS org:HAMAS"], []),
 ("Syria suspended its indirect peace talks with Israel, which had been mediated by Turkey.", [], ["SYR SANCTIONS ISR", "SYR CONDEMNS ISR", "TUR MEETS SYR", "TUR MEETS ISR"]),
 ("Turkish Prime Minister Recep Tayyip Erdogan called the raids a crime against humanity.", ["person:recep-tayyip-erdogan LEADS TUR"], ["person:recep-tayyip-erdogan CONDEMNS ISR"]),
]
