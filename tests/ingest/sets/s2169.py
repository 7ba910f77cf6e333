DAY = "1954-06-19"
SENTS = [
 ("A rebel force led by Colonel Carlos Castillo Armas crossed into Guatemala from Honduras on Friday and advanced toward the town of Esquipulas.", [], []),
 ("Unmarked aircraft bombed Guatemala City and the port of San Jose, and the government of President Jacobo Arbenz accused the United States of organising the invasion.", ["GTM CONDEMNS USA"], ["person:jacobo-arbenz LEADS GTM", "person:jacobo-arbenz CONDEMNS USA"]),
 ("Guatemala asked the Security Council to intervene, and the Soviet Union backed its request.", ["SUN SUPPORTS GTM"], []),
 ("The State Department denied any role and said the revolt was a Guatemalan affair.", [], []),
 ("Honduras and Nicaragua, which Guatemala accuses of harbouring the rebels, have closed their borders.", ["GTM CONDEMNS HND", "GTM CONDEMNS NIC"], []),
]
