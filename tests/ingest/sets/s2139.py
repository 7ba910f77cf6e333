DAY = "1982-06-15"
SENTS = [
 ("Argentine forces in the Falkland Islands surrendered to British troops at Port Stanley on Monday night, ending a ten-week war.", [], ["ARG ATTACKS GBR", "GBR ATTACKS ARG"]),
 ("Prime Minister Margaret Thatcher told the House of Commons that white flags were flying over Stanley.", [], ["person:margaret-thatcher LEADS GBR"]),
 ("About 11,000 Argentine soldiers were taken prisoner, and Britain said they would be returned to Argentina as soon as possible.", [], []),
 ("President Leopoldo Galtieri told Argentines in a broadcast that the battle had been lost but not the war.", [], ["person:leopoldo-galtieri LEADS ARG"]),
 ("The United States, which had backed Britain with intelligence and fuel, said it hoped relations with Latin America could now be repaired.", ["USA SUPPORTS GBR"], []),
 ("Peru and Venezuela, which had supported Argentina throughout the conflict, called for negotiations on the islands' sovereignty.", ["PER SUPPORTS ARG", "VEN SUPPORTS ARG"], []),
]
