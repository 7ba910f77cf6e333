DAY = "2025-03-04"
SENTS = [
 ("The United States paused all military aid to Ukraine on Monday, days after an angry exchange between Donald Trump and Volodymyr Zelensky in the Oval Office.", [], ["USA SUPPLIES_ARMS UKR", "person:donald-trump MEETS person:volodymyr-zelensky"]),
 ("The halt affects more than $1 billion in weapons and ammunition that were in the pipeline, including shipments already in Poland awaiting transfer.", [], []),
 ("The Kremlin welcomed the decision, saying it was the best contribution Washington could make to peace.", [], ["RUS SUPPORTS USA"]),
 ("British Prime Minister Keir Starmer, who hosted Zelensky and European leaders in London on Sunday, said Britain and France would lead a coalition of the willing to guarantee any peace deal.", ["person:keir-starmer LEADS GBR", "person:keir-starmer MEETS person:volodymyr-zelensky", "person:volodymyr-zelensky MEETS GBR"], ["GBR SUPPORTS UKR", "FRA SUPPORTS UKR"]),
 ("Zelensky said Ukraine was ready to come to the negotiating table and called the Oval Office meeting regrettable.", [], []),
]
