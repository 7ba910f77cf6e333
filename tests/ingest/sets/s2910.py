DAY = "1946-08-09"
SENTS = [
 ("The Soviet Union has proposed to Turkey that the two countries organise the defence of the Dardanelles together, the Turkish government disclosed on Thursday.", [], ["SUN MEETS TUR"]),
 ("The Soviet note, handed over in Ankara on Wednesday, said the Montreux Convention no longer met the security needs of the Black Sea powers.", [], ["SUN MEETS TUR"]),
 ("Washington and London have let Ankara know that the defence of the Straits is a matter for Turkey alone.", [], ["USA SUPPORTS TUR", "GBR SUPPORTS TUR", "USA MEETS TUR", "GBR MEETS TUR"]),
 ("Turkish newspapers called the Soviet demand an attack on the country's sovereignty.", [], []),
 ("Secretary of State Byrnes, who is attending the peace conference in Paris, conferred with Ernest Bevin on the reply.", ["person:james-f-byrnes MEETS person:ernest-bevin"], ["person:james-f-byrnes MEETS FRA", "person:ernest-bevin MEETS FRA"]),
]
