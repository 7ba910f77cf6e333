DAY = "1967-03-21"
SENTS = [
 ("President Johnson met the South Vietnamese leaders, Nguyen Van Thieu and Nguyen Cao Ky, on Guam yesterday for two days of talks on the war.", ["person:lyndon-b-johnson MEETS person:nguyen-van-thieu", "person:lyndon-b-johnson MEETS person:nguyen-cao-ky", "person:nguyen-van-thieu LEADS RVN", "person:nguyen-cao-ky LEADS RVN"], ["person:lyndon-b-johnson LEADS USA", "person:lyndon-b-johnson MEETS RVN"]),
 ("General Westmoreland told the conference that American troops in South Vietnam now numbered 420,000.", ["USA DEPLOYS_TROOPS RVN"], []),
 ("Ellsworth Bunker was named ambassador to Saigon in place of Henry Cabot Lodge.", [], []),
 ("Premier Ky presented a draft constitution for South Vietnam.", [], ["person:nguyen-cao-ky LEADS RVN"]),
 ("Hanoi radio called the meeting a council of war against the Vietnamese people.", [], ["VDR CONDEMNS USA"]),
]
