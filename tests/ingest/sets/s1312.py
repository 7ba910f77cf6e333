DAY = "2025-12-03"
SENTS = [
 ("Canada became the first non-European country to join the EU's 150 billion euro Security Action for Europe defence procurement programme.", [], []),
 ("The agreement allows Canadian companies to bid for contracts financed by the programme's loans.", [], []),
 ("Prime Minister Mark Carney has said Canada relies too heavily on the United States for its weapons.", [], ["USA SUPPLIES_ARMS CAN", "person:mark-carney LEADS CAN"]),
 ("Ottawa is reviewing its order of 88 F-35 fighter jets and has held talks with Sweden about the Gripen.", ["CAN MEETS SWE"], ["USA SUPPLIES_ARMS CAN"]),
 ("Canada signed a security and defence partnership with the European Union in June.", ["CAN ALLIED_WITH org:EU"]),
]
