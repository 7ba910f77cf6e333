DAY = "1981-11-15"
SENTS = [
 ("Some 850 American paratroopers from the Rapid Deployment Force jumped into the Egyptian desert west of Cairo on Saturday at the start of joint exercises with the Egyptian army.", ["USA DEPLOYS_TROOPS EGY"], ["USA ALLIED_WITH EGY"]),
 ("B-52 bombers flew nonstop from North Carolina to drop bombs on a range near the Suez Canal.", [], []),
 ("President Hosni Mubarak, who succeeded Anwar el-Sadat after his assassination last month, has said Egypt will not give the United States permanent bases.", ["person:hosni-mubarak LEADS EGY"], []),
 ("Tripoli radio said the war games proved that Washington was preparing to invade Libya.", [], ["LBY CONDEMNS USA"]),
]
