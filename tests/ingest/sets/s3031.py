DAY = "1950-01-12"
SENTS = [
 ("Secretary of State Dean Acheson said today that the American defense perimeter in the Pacific runs from the Aleutians through Japan and the Ryukyus to the Philippines.", [], ["USA DEPLOYS_TROOPS JPN", "USA DEPLOYS_TROOPS PHL"]),
 ("Mr. Acheson told the National Press Club that other areas, including Korea and Formosa, would have to rely first on their own defense and then on the United Nations.", [], []),
 ("He accused the Soviet Union of detaching the northern provinces of China and attaching them to itself.", ["person:dean-acheson CONDEMNS SUN"], ["USA CONDEMNS SUN"]),
 ("The United States keeps occupation forces in Japan and holds air and naval bases in the Philippines.", ["USA DEPLOYS_TROOPS JPN", "USA DEPLOYS_TROOPS PHL"], []),
 ("Republican senators charged that the Administration had abandoned the Chinese Nationalists on Formosa.", [], []),
]
