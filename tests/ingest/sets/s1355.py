DAY = "2023-12-15"
SENTS = [
 ("Venezuelan President Nicolas Maduro and Guyana's President Irfaan Ali met in St Vincent on Thursday and pledged not to use force over the disputed Essequibo region.", ["person:nicolas-maduro LEADS VEN", "person:irfaan-ali LEADS GUY", "person:nicolas-maduro MEETS person:irfaan-ali"], ["person:nicolas-maduro MEETS VCT", "person:irfaan-ali MEETS VCT"]),
 ("The meeting was brokered by CARICOM and Brazil, whose president Luiz Inacio Lula da Silva sent his adviser Celso Amorim.", ["person:luiz-inacio-lula-da-silva LEADS BRA"], []),
 ("Brazil had reinforced its troops along its northern border after Venezuelans voted in a referendum to claim the region.", [], []),
 ("The United States Southern Command held air exercises with Guyana's defence force earlier this month.", ["USA ALLIED_WITH GUY"], []),
 ("Caracas condemned the exercises as a provocation.", [], ["VEN CONDEMNS USA", "VEN CONDEMNS GUY"]),
]
