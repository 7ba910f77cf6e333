DAY = "1982-05-01"
SENTS = [
 ("Secretary of State Alexander Haig announced on Friday that the United States was siding with Britain in the Falklands dispute, after Argentina rejected his peace proposals.", ["USA SUPPORTS GBR"], ["person:alexander-haig SUPPORTS GBR"]),
 ("Washington suspended military exports to Argentina and withheld new credits, and promised to answer British requests for military supplies.", ["USA SANCTIONS ARG"], ["USA SUPPLIES_ARMS GBR"]),
 ("Argentina's Foreign Minister, Nicanor Costa Mendez, denounced the American decision as a betrayal of the hemisphere.", ["person:nicanor-costa-mendez CONDEMNS USA"], ["ARG CONDEMNS USA"]),
 ("The Soviet Union, which buys most of Argentina's grain, accused Washington of helping British colonialism.", ["SUN TRADES_WITH ARG", "SUN CONDEMNS USA"], []),
]
