DAY = "2025-07-24"
SENTS = [
 ("Cambodian rockets slammed into a petrol station and a market in Thailand's Sisaket province on Thursday, killing at least eleven civilians, as fighting erupted at several points along the border.", ["KHM ATTACKS THA"], []),
 ("Thailand answered with air strikes, sending a flight of F-16s to hit what it said were two Cambodian army command posts.", ["THA ATTACKS KHM"], []),
 ("A day earlier Bangkok had recalled its ambassador from Phnom Penh and expelled Cambodia's envoy after a landmine blew the leg off a Thai soldier on patrol.", [], ["THA CONDEMNS KHM"]),
 ("In a letter to the Security Council's president, Cambodia's prime minister, Hun Manet, accused Thailand of unprovoked and premeditated military aggression.", ["person:hun-manet LEADS KHM", "person:hun-manet CONDEMNS THA"], []),
 ("Thailand's acting prime minister, Phumtham Wechayachai, said the army would defend Thai sovereignty and ruled out mediation by third countries for now.", ["person:phumtham-wechayachai LEADS THA"], []),
 ("Beijing, Phnom Penh's most generous patron, said it was deeply worried and hoped the two neighbours would settle the matter through dialogue.", [], ["CHN SUPPORTS KHM"]),
]
