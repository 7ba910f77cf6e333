DAY = "2023-11-23"
SENTS = [
 ("North Korea said on Wednesday it had put its first military spy satellite into orbit, after two failed attempts earlier this year.", [], []),
 ("South Korea responded by suspending part of a 2018 military agreement with the North and resuming surveillance flights along the border.", [], ["KOR ALLIED_WITH PRK"]),
 ("Pyongyang then said it was scrapping the agreement altogether and would deploy more powerful weapons along the frontier.", [], []),
 ("Seoul and Washington accused Russia of helping the North with the launch in return for weapons for its war in Ukraine.", ["KOR CONDEMNS RUS", "USA CONDEMNS RUS"], ["RUS SUPPORTS PRK", "PRK SUPPLIES_ARMS RUS", "RUS ATTACKS UKR"]),
 ("Kim Jong Un visited the Vostochny cosmodrome in September, where Vladimir Putin promised to help North Korea build satellites.", [], ["person:kim-jong-un MEETS RUS", "person:kim-jong-un MEETS person:vladimir-putin", "RUS SUPPORTS PRK"]),
 ("Japan condemned the launch as a serious threat to its national security.", [], ["JPN CONDEMNS PRK"]),
]
