DAY = "2008-07-12"
SENTS = [
 ("A North Korean soldier shot dead a South Korean tourist who had wandered into a military area near the Mount Kumgang resort on Friday, and Seoul halted all tours to the resort.", [], ["PRK ATTACKS KOR", "KOR SANCTIONS PRK"]),
 ("President Lee Myung-bak, who took office in February promising a firmer line with Pyongyang, called for a joint inquiry.", [], ["person:lee-myung-bak LEADS KOR"]),
 ("North Korea blamed the South for the woman's death and refused to let investigators cross the border.", ["PRK CONDEMNS KOR"], []),
 ("Hyundai Asan, which runs the resort, has taken nearly two million South Koreans to the North since 1998.", [], []),
]
