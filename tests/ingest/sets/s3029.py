DAY = "1973-03-03"
SENTS = [
 ("Palestinian guerrillas of the Black September group killed the American Ambassador, Cleo A. Noel Jr., and two other diplomats in the Saudi Arabian Embassy in Khartoum.", [], []),
 ("President Nimeiry of the Sudan accused Al Fatah of planning the attack and ordered the guerrillas put on trial.", ["person:gaafar-nimeiry LEADS SDN"], []),
 ("President Nixon had refused the gunmen's demand to free Sirhan Sirhan.", [], ["person:richard-nixon LEADS USA"]),
 ("The United States asked the Sudan to bring the killers to justice.", [], []),
 ("Jordan's King Hussein called the killings a crime and blamed Libya for sheltering the group.", ["person:hussein-bin-talal LEADS JOR", "person:hussein-bin-talal CONDEMNS LBY"], ["JOR CONDEMNS LBY"]),
]
