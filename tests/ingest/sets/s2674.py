DAY = "1974-02-23"
SENTS = [
 ("Pakistan recognised Bangladesh on Friday, clearing the way for Sheikh Mujibur Rahman to attend the Islamic summit conference in Lahore.", ["PAK SUPPORTS BGD"], ["person:sheikh-mujibur-rahman MEETS PAK"]),
 ("Prime Minister Zulfikar Ali Bhutto announced the decision after a mission of seven Muslim governments, led by Kuwait's foreign minister, had flown to Dacca to persuade Sheikh Mujib to come.", [], ["person:zulfikar-ali-bhutto LEADS PAK", "KWT MEETS BGD"]),
 ("Sheikh Mujib flew into Lahore on Saturday and was embraced by Mr. Bhutto on the tarmac.", ["person:sheikh-mujibur-rahman MEETS person:zulfikar-ali-bhutto"], ["person:sheikh-mujibur-rahman MEETS PAK"]),
 ("The conference, attended by King Faisal of Saudi Arabia, Colonel Muammar Qaddafi of Libya and the leaders of 35 other Muslim countries, pledged its support to the Arab states in their conflict with Israel.", ["person:faisal-bin-abdulaziz LEADS SAU", "person:muammar-gaddafi LEADS LBY"], ["person:faisal-bin-abdulaziz MEETS PAK", "person:muammar-gaddafi MEETS PAK", "person:faisal-bin-abdulaziz MEETS person:muammar-gaddafi"]),
]
