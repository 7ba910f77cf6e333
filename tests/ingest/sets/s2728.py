DAY = "1960-04-27"
SENTS = [
 ("President Syngman Rhee of South Korea resigned on Wednesday after a week of student demonstrations in which more than a hundred people were killed by the police.", [], ["person:syngman-rhee LEADS KOR"]),
 ("Foreign Minister Huh Chung will head a caretaker government until new elections are held.", [], []),
 ("The United States, which keeps two army divisions in South Korea, had told Mr. Rhee that it could not support a government that fired on its own people.", ["USA DEPLOYS_TROOPS KOR"], ["USA CONDEMNS person:syngman-rhee"]),
 ("Secretary of State Christian A. Herter welcomed the decision as a victory for the Korean people.", [], []),
]
