DAY = "1956-12-23"
SENTS = [
 ("The last British and French troops left Egypt on Saturday night, sailing from Port Said.", ["GBR DEPLOYS_TROOPS EGY", "FRA DEPLOYS_TROOPS EGY"], []),
 ("Blue-helmeted Danes and Norwegians then patrolled its streets.", [], ["DNK DEPLOYS_TROOPS EGY", "NOR DEPLOYS_TROOPS EGY"]),
 ("Egypt says it will not let salvage ships from Britain or France clear the canal.", [], ["EGY SANCTIONS GBR", "EGY SANCTIONS FRA"]),
 ("Israel still holds the Gaza strip and the Sinai coast of the Gulf of Aqaba.", [], ["ISR DEPLOYS_TROOPS EGY"]),
 ("President Eisenhower had refused to back the invasion and pressed London to halt it.", [], ["person:dwight-eisenhower CONDEMNS GBR", "person:dwight-eisenhower LEADS USA"]),
]
