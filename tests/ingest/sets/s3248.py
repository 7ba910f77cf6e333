DAY = "1984-03-18"
SENTS = [
 ("A single bomber dropped five bombs on Omdurman, across the Nile from Khartoum, on Friday, hitting the state radio station and killing five people.", [], []),
 ("Sudan said the plane was a Libyan Tupolev that had come in from the west, and President Gaafar Nimeiry called the raid a Libyan attempt to bring down his government.", ["person:gaafar-nimeiry CONDEMNS LBY"], ["LBY ATTACKS SDN", "SDN CONDEMNS LBY", "person:gaafar-nimeiry LEADS SDN"]),
 ("Libya denied any part in the raid and said the Sudanese government had staged it.", ["LBY CONDEMNS SDN"], []),
 ("Two American AWACS surveillance planes landed in Egypt on Sunday to watch Libyan air movements, and Cairo offered to send fighters to Sudan if Khartoum asked.", [], ["USA DEPLOYS_TROOPS EGY", "EGY DEPLOYS_TROOPS SDN", "EGY SUPPORTS SDN"]),
 ("Redeye shoulder-fired missiles for Sudan's air defence were also on their way from Washington, which shipped them overnight.", ["USA SUPPLIES_ARMS SDN"], []),
]
