DAY = "2024-01-29"
SENTS = [
 ("Three American soldiers were killed and dozens wounded when a drone struck a small US base in northeastern Jordan near the Syrian border on Sunday.", [], ["USA DEPLOYS_TROOPS JOR"]),
 ("President Joe Biden blamed Iran-backed militant groups operating in Syria and Iraq and vowed that the United States would respond.", [], ["person:joe-biden CONDEMNS IRN", "person:joe-biden LEADS USA"]),
 ("The Islamic Resistance in Iraq, an umbrella group of militias backed by Tehran, claimed the attack.", [], []),
 ("Iran denied any involvement, with a foreign ministry spokesman saying Tehran did not make decisions for its allies in the region.", [], []),
 ("Jordan condemned the attack and said it would work with Washington to secure its border.", [], ["JOR SUPPORTS USA"]),
 ("The United States has about 3,000 troops in Jordan and 2,500 in Iraq.", ["USA DEPLOYS_TROOPS JOR", "USA DEPLOYS_TROOPS IRQ"], []),
]
