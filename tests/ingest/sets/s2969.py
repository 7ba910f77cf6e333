DAY = "1958-12-16"
SENTS = [
 ("The North Atlantic Council declared in Paris today that the member nations could not accept the Soviet Union's unilateral repudiation of its obligations in Berlin.", ["org:NATO CONDEMNS SUN"], []),
 ("The fifteen foreign ministers endorsed the stand of the United States, Britain and France, the three Western powers with garrisons in the city.", [], ["org:NATO SUPPORTS USA", "org:NATO SUPPORTS GBR", "org:NATO SUPPORTS FRA"]),
 ("Secretary of State Dulles told the council that the West would not be driven out of Berlin.", [], []),
 ("Chancellor Adenauer, speaking in Bonn, welcomed the firmness of the NATO council.", ["person:konrad-adenauer SUPPORTS org:NATO"], ["person:konrad-adenauer LEADS DEU"]),
 ("Moscow radio said the West was clinging to the occupation regime in West Berlin.", ["SUN CONDEMNS bloc:WEST"], []),
]
