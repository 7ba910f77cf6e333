DAY = "1968-01-25"
SENTS = [
 ("North Korean patrol boats seized the American intelligence ship Pueblo off the port of Wonsan on Tuesday, killing one crewman and taking 82 others prisoner.", ["PRK ATTACKS USA"], []),
 ("North Korea said the ship had intruded into its territorial waters, a charge the United States denied.", [], ["PRK CONDEMNS USA"]),
 ("President Lyndon B. Johnson called up 14,000 air reservists and ordered the aircraft carrier Enterprise to the waters off Korea.", [], ["person:lyndon-b-johnson LEADS USA", "USA DEPLOYS_TROOPS KOR"]),
 ("The seizure came two days after North Korean commandos tried to storm the presidential palace in Seoul to kill President Park Chung-hee.", [], ["PRK ATTACKS person:park-chung-hee", "PRK ATTACKS KOR", "person:park-chung-hee LEADS KOR"]),
 ("The Soviet Union rejected an American request to intercede with Pyongyang.", [], ["SUN MEETS USA"]),
]
