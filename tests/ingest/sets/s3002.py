DAY = "1954-01-25"
SENTS = [
 ("The foreign ministers of the United States, Britain, France and the Soviet Union opened their first meeting in five years in Berlin today.", [], ["USA MEETS GBR", "USA MEETS FRA", "USA MEETS SUN", "GBR MEETS FRA", "GBR MEETS SUN", "FRA MEETS SUN"]),
 ("Secretary of State Dulles rejected Mr. Molotov's proposal for a five-power conference that would include Communist China.", [], ["person:john-foster-dulles CONDEMNS person:vyacheslav-molotov", "USA CONDEMNS SUN"]),
 ("Mr. Molotov demanded that the Western powers drop the plan for a European army with West German contingents.", [], ["person:vyacheslav-molotov CONDEMNS bloc:WEST"]),
 ("Foreign Secretary Eden put forward a plan for reunifying Germany through free elections.", [], []),
 ("The Russians keep 22 divisions in East Germany, according to Western estimates.", ["SUN DEPLOYS_TROOPS DDR"], []),
]
