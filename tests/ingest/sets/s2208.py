DAY = "2010-01-15"
SENTS = [
 ("The United States ordered thousands of troops and an aircraft carrier to Haiti on Friday to help with relief after Tuesday's earthquake, which may have killed more than 100,000 people.", ["USA DEPLOYS_TROOPS HTI"], ["USA SUPPORTS HTI"]),
 ("President Barack Obama promised the people of Haiti that they would not be forsaken and pledged $100 million in aid.", [], ["person:barack-obama LEADS USA", "person:barack-obama SUPPORTS HTI", "USA SUPPORTS HTI"]),
 ("China sent a 60-member rescue team, even though Haiti recognizes Taiwan rather than Beijing.", ["CHN SUPPORTS HTI", "HTI SUPPORTS TWN"], []),
 ("Brazil, which leads the UN peacekeeping force in Haiti, lost at least 14 soldiers in the quake.", ["BRA DEPLOYS_TROOPS HTI"], ["org:UN DEPLOYS_TROOPS HTI"]),
 ("Haiti's President Rene Preval said the National Palace had collapsed and that he was sleeping at a police station.", ["person:rene-preval LEADS HTI"], []),
 ("Cuba, which has hundreds of doctors in Haiti, allowed American planes evacuating the injured to fly through its airspace.", [], ["CUB SUPPORTS HTI", "CUB SUPPORTS USA"]),
]
