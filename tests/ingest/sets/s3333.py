DAY = "1941-12-09"
SENTS = [
 ("Japanese carrier planes attacked the American fleet at Pearl Harbor on Sunday morning, sinking or damaging eight battleships.", ["JPN ATTACKS USA"], []),
 ("Congress declared war on Japan on Monday after President Roosevelt called December 7 a date which will live in infamy.", ["USA ATTACKS JPN"], ["person:franklin-d-roosevelt LEADS USA", "person:franklin-d-roosevelt CONDEMNS JPN"]),
 ("Japanese troops landed at Kota Bharu in northern Malaya and in southern Thailand, and Japanese aircraft bombed Hong Kong and Singapore.", [], ["JPN ATTACKS GBR", "JPN DEPLOYS_TROOPS THA", "JPN ATTACKS THA", "JPN DEPLOYS_TROOPS MYS", "JPN ATTACKS MYS", "JPN ATTACKS SGP"]),
 ("Britain declared war on Japan hours before the United States did, and the Netherlands government in London followed.", ["GBR ATTACKS JPN", "NLD ATTACKS JPN"], []),
 ("Thailand ordered its troops to stop resisting after five hours and agreed to let the Japanese pass through its territory.", ["THA SUPPORTS JPN"], ["JPN DEPLOYS_TROOPS THA"]),
]
