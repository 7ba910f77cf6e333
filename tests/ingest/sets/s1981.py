DAY = "1973-01-01"
SENTS = [
 ("Britain, Ireland and Denmark became members of the European Economic Community on Monday, enlarging the Common Market from six countries to nine.", ["GBR MEMBER_OF org:EU", "IRL MEMBER_OF org:EU", "DNK MEMBER_OF org:EU"], []),
 ("Prime Minister Edward Heath, who negotiated Britain's entry, said the country faced a great opportunity.", [], ["person:edward-heath LEADS GBR"]),
 ("Norway, which had also applied to join, stayed out after its voters rejected membership in a referendum in September.", [], []),
 ("French President Georges Pompidou had lifted the veto that his predecessor, Charles de Gaulle, imposed on British membership in 1963 and 1967.", ["person:georges-pompidou LEADS FRA"], ["person:charles-de-gaulle VETOES GBR", "FRA VETOES GBR"]),
 ("Britain's entry ends its preferential trade arrangements with several Commonwealth countries, including New Zealand, which sells most of its butter and lamb to the British market.", ["NZL TRADES_WITH GBR"], ["GBR MEMBER_OF org:COMMONWEALTH", "NZL MEMBER_OF org:COMMONWEALTH"]),
]
