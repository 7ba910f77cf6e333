DAY = "1969-01-25"
SENTS = [
 ("Delegations of the United States, South Vietnam, North Vietnam and the National Liberation Front sat down at a round table in Paris today for the first full session of the peace talks.", [], ["USA MEETS RVN", "USA MEETS VDR", "RVN MEETS VDR"]),
 ("Henry Cabot Lodge, the chief American negotiator, proposed the mutual withdrawal of all external forces from South Vietnam.", [], ["USA DEPLOYS_TROOPS RVN", "VDR DEPLOYS_TROOPS RVN"]),
 ("Xuan Thuy, who heads the Hanoi delegation, demanded an unconditional American pull-out and called the Saigon government a puppet of Washington.", ["person:xuan-thuy CONDEMNS RVN"], ["VDR CONDEMNS RVN", "person:xuan-thuy CONDEMNS USA", "USA DEPLOYS_TROOPS RVN"]),
 ("Saigon's delegate, Pham Dang Lam, said his government would never recognize the Front.", [], []),
 ("American aircraft kept up their raids on infiltration routes in Laos during the session.", ["USA ATTACKS LAO"], []),
]
