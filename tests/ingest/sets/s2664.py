DAY = "1976-03-15"
SENTS = [
 ("President Anwar Sadat asked parliament on Sunday to scrap Egypt's 1971 treaty of friendship with the Soviet Union, accusing Moscow of withholding spare parts for his army's weapons.", ["person:anwar-sadat CONDEMNS SUN"], ["person:anwar-sadat LEADS EGY", "EGY ALLIED_WITH SUN", "SUN SUPPLIES_ARMS EGY"]),
 ("The People's Assembly is expected to approve the move on Monday.", [], []),
 ("Egypt has leaned increasingly toward the United States since the 1973 war, and President Gerald Ford received Sadat at the White House in October.", ["person:gerald-ford LEADS USA", "person:gerald-ford MEETS person:anwar-sadat", "person:anwar-sadat MEETS USA"], []),
 ("Soviet military advisers were ordered out of Egypt in 1972, and Cairo says Moscow has not delivered weapons it paid for before the war.", [], ["SUN DEPLOYS_TROOPS EGY", "EGY CONDEMNS SUN"]),
]
