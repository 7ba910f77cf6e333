DAY = "1966-02-08"
SENTS = [
 ("President Johnson and Prime Minister Nguyen Cao Ky of South Vietnam ended three days of talks in Honolulu on Tuesday with a declaration pledging a war on hunger, disease and illiteracy in the South.", ["person:lyndon-b-johnson MEETS person:nguyen-cao-ky", "person:nguyen-cao-ky LEADS RVN"], ["person:lyndon-b-johnson LEADS USA"]),
 ("Vice President Hubert H. Humphrey will fly to Saigon with General Ky and then tour Thailand, Laos, Pakistan and India.", [], ["person:hubert-humphrey MEETS RVN", "person:hubert-humphrey MEETS THA", "person:hubert-humphrey MEETS LAO", "person:hubert-humphrey MEETS PAK", "person:hubert-humphrey MEETS IND"]),
 ("The United States resumed bombing North Vietnam on January 31 after a 37-day pause.", ["USA ATTACKS VDR"], []),
 ("Senator J. William Fulbright opened hearings on the war and questioned whether the Administration had a policy at all.", [], []),
]
