DAY = "2013-08-06"
SENTS = [
 ("Britain summoned Spain's ambassador on Monday to protest against hours-long checks that Spanish police have imposed on traffic crossing into Gibraltar.", ["GBR CONDEMNS ESP"], []),
 ("Spain's foreign minister, Jose Manuel Garcia-Margallo, has said Madrid might charge a fee of 50 euros to cross the frontier.", [], []),
 ("Prime Minister David Cameron telephoned his Spanish counterpart, Mariano Rajoy, on Wednesday to express his serious concern.", ["person:david-cameron MEETS person:mariano-rajoy", "person:mariano-rajoy LEADS ESP"], ["person:david-cameron LEADS GBR", "person:david-cameron CONDEMNS person:mariano-rajoy"]),
 ("The dispute flared after Gibraltar dropped 70 concrete blocks into the sea to create an artificial reef, which Spain says harms its fishermen.", [], []),
]
