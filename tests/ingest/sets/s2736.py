DAY = "1973-05-19"
SENTS = [
 ("Leonid I. Brezhnev, the Soviet Communist Party leader, arrived in Bonn on Friday for a five-day visit, the first ever by a Soviet party chief to West Germany.", ["person:leonid-brezhnev MEETS DEU"], ["person:leonid-brezhnev LEADS SUN"]),
 ("Chancellor Willy Brandt greeted Mr. Brezhnev at the airport, and the two leaders began talks that evening on trade and the status of West Berlin.", ["person:willy-brandt MEETS person:leonid-brezhnev"], ["person:willy-brandt LEADS DEU"]),
 ("On Saturday West Germany and the Soviet Union signed a ten-year agreement on economic and industrial cooperation that Bonn officials said could double trade between them.", ["DEU TRADES_WITH SUN"], ["DEU MEETS SUN"]),
 ("West German steel makers have already sold the Soviet Union more than a million tons of large-diameter pipe in exchange for natural gas from Siberia.", ["DEU TRADES_WITH SUN"], []),
]
