DAY = "2014-04-17"
SENTS = [
 ("Russia, Ukraine, the United States and the European Union agreed in Geneva on Thursday on steps to ease the crisis in eastern Ukraine, including the disarming of illegal groups.", [], ["RUS MEETS UKR", "RUS MEETS USA", "USA MEETS UKR", "org:EU MEETS RUS", "org:EU MEETS UKR", "org:EU MEETS USA"]),
 ("Secretary of State John Kerry and Foreign Minister Sergei Lavrov announced the deal after seven hours of talks.", [], ["person:john-kerry MEETS person:sergei-lavrov"]),
 ("President Vladimir Putin acknowledged for the first time that Russian troops had been deployed in Crimea before its annexation.", [], ["person:vladimir-putin LEADS RUS", "RUS DEPLOYS_TROOPS UKR", "RUS ATTACKS UKR"]),
 ("President Obama said the United States was prepared to impose further sanctions on Russia if the agreement was not carried out.", [], ["USA SANCTIONS RUS", "person:barack-obama LEADS USA"]),
 ("NATO said it would send more warships to the Baltic and more troops to Poland and the Baltic states.", [], ["org:NATO DEPLOYS_TROOPS POL"]),
]
