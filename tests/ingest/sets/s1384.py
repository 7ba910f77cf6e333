DAY = "2024-04-20"
SENTS = [
 ("The United States agreed on Friday to withdraw its roughly 1,000 troops from Niger, after the junta ended a military cooperation agreement in March.", ["USA DEPLOYS_TROOPS NER"], ["USA ALLIED_WITH NER"]),
 ("The withdrawal will include a 100 million dollar drone base in Agadez.", [], []),
 ("Niger's military rulers accused a US delegation of a condescending attitude during a visit to Niamey.", ["NER CONDEMNS USA", "USA MEETS NER"], []),
 ("Moscow sent military trainers and an air defence system to the country this month.", ["RUS DEPLOYS_TROOPS NER", "RUS SUPPLIES_ARMS NER"], []),
 ("Chad has also told American special forces to leave an air base near N'Djamena.", ["USA DEPLOYS_TROOPS TCD"], []),
]
