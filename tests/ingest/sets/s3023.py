DAY = "1951-06-21"
SENTS = [
 ("Iranian officials took over the offices of the Anglo-Iranian Oil Company at Abadan today under the nationalization law.", [], []),
 ("Britain ordered the cruiser Mauritius to stand off Abadan to protect British lives.", [], ["GBR DEPLOYS_TROOPS IRN"]),
 ("Prime Minister Mossadegh told the Majlis that Iran would not bow to threats from London.", ["person:mohammad-mosaddegh CONDEMNS GBR"], ["person:mohammad-mosaddegh LEADS IRN", "IRN CONDEMNS GBR"]),
 ("President Truman urged both governments to settle the dispute by negotiation.", [], []),
 ("Britain has asked the International Court of Justice to order Iran to halt the seizure.", ["GBR CONDEMNS IRN"], ["GBR MEETS org:ICJ"]),
]
