DAY = "2013-05-02"
SENTS = [
 ("Bolivian President Evo Morales expelled the United States Agency for International Development on Wednesday, accusing Washington of using the aid agency to conspire against his government.", ["person:evo-morales LEADS BOL", "person:evo-morales CONDEMNS USA"], ["BOL SANCTIONS USA"]),
 ("The State Department said it deeply regretted the decision and rejected the accusations as baseless.", [], ["USA CONDEMNS BOL"]),
 ("The agency has spent about $30 million a year in Bolivia on health, farming and programmes to wean coca growers onto other crops.", [], []),
 ("Morales said the move answered Secretary of State John Kerry, who had described Latin America as the backyard of the United States.", [], []),
 ("Venezuela and Ecuador, Bolivia's closest allies in the region, backed the expulsion.", [], ["VEN SUPPORTS BOL", "ECU SUPPORTS BOL", "VEN SUPPORTS person:evo-morales", "ECU SUPPORTS person:evo-morales", "VEN ALLIED_WITH BOL", "ECU ALLIED_WITH BOL"]),
]
