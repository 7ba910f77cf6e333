DAY = "1948-04-30"
SENTS = [
 ("Delegates of twenty-one American republics signed the charter of the Organization of American States in Bogota today, three weeks after rioting wrecked much of the city.", [], []),
 ("Secretary of State George C. Marshall, who led the United States delegation, said the riots bore the stamp of international Communism.", [], ["person:george-c-marshall CONDEMNS SUN"]),
 ("Colombia broke off relations with the Soviet Union, accusing Moscow of inciting the uprising.", ["COL CONDEMNS SUN"], []),
 ("The conference also adopted a resolution condemning Communist activities in the hemisphere.", [], []),
 ("Argentina and Guatemala pressed for an end to European colonies in the Americas, a demand aimed at Britain.", [], ["ARG CONDEMNS GBR", "GTM CONDEMNS GBR"]),
]
