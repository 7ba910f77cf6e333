DAY = "2024-05-02"
SENTS = [
 ("Colombian President Gustavo Petro said on Wednesday that his country would break diplomatic relations with Israel, calling its government genocidal.", ["person:gustavo-petro LEADS COL", "person:gustavo-petro CONDEMNS ISR"], []),
 ("Bogota had already suspended arms purchases from Israel in February.", [], ["ISR SUPPLIES_ARMS COL"]),
 ("Colombia's air force flies Israeli-made Kfir fighter jets.", ["ISR SUPPLIES_ARMS COL"], []),
 ("Israel's foreign ministry called Petro hateful and antisemitic.", ["ISR CONDEMNS person:gustavo-petro"], []),
 ("Bolivia and Belize cut ties with Israel last year, while Chile and Honduras recalled their ambassadors.", [], ["BOL CONDEMNS ISR", "BLZ CONDEMNS ISR", "CHL CONDEMNS ISR", "HND CONDEMNS ISR"]),
]
