DAY = "1962-10-23"
SENTS = [
 ("The Soviet Union has shipped offensive ballistic missiles to Cuba, President John F. Kennedy told the nation in a televised address on Monday night.", ["SUN SUPPLIES_ARMS CUB"], ["person:john-f-kennedy LEADS USA"]),
 ("Moscow denounced the American quarantine of the island as piracy and accused Washington of dragging the world toward a nuclear catastrophe.", ["SUN CONDEMNS USA"], []),
 ("Cuban Prime Minister Fidel Castro said his government had accepted Soviet weapons to defend the revolution against an American invasion.", ["person:fidel-castro LEADS CUB"], ["SUN SUPPLIES_ARMS CUB"]),
 ("Soviet Premier Nikita Khrushchev wrote to Kennedy that the weapons were purely defensive.", ["person:nikita-khrushchev LEADS SUN"], []),
 ("The Organization of American States unanimously backed the quarantine, and Britain voiced support for Washington at the United Nations.", ["GBR SUPPORTS USA"], []),
]
