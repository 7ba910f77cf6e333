DAY = "1986-02-26"
SENTS = [
 ("Ferdinand Marcos fled the Philippines on Tuesday night aboard American aircraft, hours after Corazon Aquino was sworn in as president.", [], ["person:corazon-aquino LEADS PHL", "USA SUPPORTS person:ferdinand-marcos-sr"]),
 ("The United States recognised the Aquino government within hours, and President Reagan offered Marcos refuge.", ["USA SUPPORTS PHL"], ["person:ronald-reagan LEADS USA", "person:ronald-reagan SUPPORTS person:ferdinand-marcos-sr", "USA SUPPORTS person:corazon-aquino"]),
 ("Marcos flew to Guam and then to Hawaii.", [], ["person:ferdinand-marcos-sr MEETS USA"]),
 ("Japan, the Philippines' largest aid donor, also recognised the new government.", ["JPN SUPPORTS PHL"], []),
 ("Aquino thanked the armed forces for their support.", [], []),
]
