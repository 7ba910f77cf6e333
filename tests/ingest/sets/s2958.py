DAY = "1962-02-10"
SENTS = [
 ("Francis Gary Powers, the U-2 pilot brought down over the Soviet Union in 1960, was handed over today in exchange for the Soviet spy Rudolf Abel on a bridge between West Berlin and Potsdam.", [], []),
 ("An American student, Frederic Pryor, was freed at the same hour at a crossing point in Berlin.", [], []),
 ("President Kennedy said in Washington that the release was a humanitarian act and meant no change in American policy on Berlin.", [], ["person:john-f-kennedy LEADS USA"]),
 ("The Soviet Government had accused the United States of sending the flight to wreck the Paris summit of 1960.", ["SUN CONDEMNS USA"], []),
 ("In Saigon, meanwhile, the United States set up a military assistance command under General Paul Harkins to direct its 4,000 advisers in South Vietnam.", ["USA DEPLOYS_TROOPS RVN"], ["USA SUPPORTS RVN"]),
]
