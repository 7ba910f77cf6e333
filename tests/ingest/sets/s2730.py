DAY = "1957-04-25"
SENTS = [
 ("The United States ordered the Sixth Fleet into the eastern Mediterranean on Wednesday as a warning to those threatening the independence of Jordan.", [], ["USA SUPPORTS JOR", "USA DEPLOYS_TROOPS JOR"]),
 ("King Hussein, who dismissed his pro-Egyptian prime minister this month, has accused Egypt and Syria of plotting against his throne.", ["person:hussein-bin-talal CONDEMNS EGY", "person:hussein-bin-talal CONDEMNS SYR"], ["person:hussein-bin-talal LEADS JOR"]),
 ("Syrian troops stationed in northern Jordan under a defence pact have been ordered to stay in their camps.", ["SYR DEPLOYS_TROOPS JOR"], ["SYR ALLIED_WITH JOR"]),
 ("Washington is also sending Jordan $10 million in emergency economic aid.", ["USA SUPPORTS JOR"], []),
]
