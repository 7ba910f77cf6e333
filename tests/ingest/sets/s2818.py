DAY = "1946-03-06"
SENTS = [
 ("Winston Churchill, speaking at a college in Fulton, Missouri, with President Truman at his side, said an iron curtain had descended across the Continent.", [], ["person:winston-churchill MEETS person:harry-s-truman", "person:harry-s-truman LEADS USA"]),
 ("The former prime minister urged a fraternal association of the English-speaking peoples.", [], []),
 ("Soviet troops are still in northern Iran, four days after the deadline for their withdrawal set by the wartime treaty.", ["SUN DEPLOYS_TROOPS IRN"], []),
 ("The State Department sent a note to Moscow protesting the continued presence of Soviet forces in Iran.", ["USA CONDEMNS SUN", "SUN DEPLOYS_TROOPS IRN"], []),
 ("Iran's Prime Minister, Ahmad Qavam, came back from talks with Stalin in Moscow on Monday without an agreement.", ["person:ahmad-qavam LEADS IRN", "person:ahmad-qavam MEETS person:joseph-stalin"], ["person:ahmad-qavam MEETS SUN"]),
]
