DAY = "1970-04-15"
SENTS = [
 ("Prime Minister Lon Nol of Cambodia appealed on Tuesday for arms from any country willing to help his army against North Vietnamese and Vietcong forces.", ["person:lon-nol LEADS KHM"], ["VDR ATTACKS KHM"]),
 ("North Vietnamese troops have captured several towns in eastern Cambodia since Prince Sihanouk was deposed last month.", ["VDR ATTACKS KHM", "VDR DEPLOYS_TROOPS KHM"], []),
 ("Prince Sihanouk, who is in Peking, has called on Cambodians to rise against the new government.", [], []),
 ("South Vietnamese forces have crossed the border to attack Communist sanctuaries in Cambodia with the approval of the Phnom Penh government.", ["RVN DEPLOYS_TROOPS KHM"], ["RVN ATTACKS KHM", "KHM SUPPORTS RVN"]),
 ("The State Department is studying the appeal.", [], []),
]
