DAY = "2005-04-26"
SENTS = [
 ("The last Syrian troops left Lebanon on Tuesday, ending a military presence that began in 1976.", ["SYR DEPLOYS_TROOPS LBN"], []),
 ("The withdrawal followed mass protests over the assassination of former prime minister Rafik Hariri, which many Lebanese blamed on Damascus.", [], ["LBN CONDEMNS SYR"]),
 ("The UN Security Council had demanded the pullout in Resolution 1559, which was backed by the United States and France.", [], ["USA SUPPORTS org:UNSC", "FRA SUPPORTS org:UNSC"]),
 ("Syria's president, Bashar al-Assad, had announced the withdrawal in a speech to parliament in March.", ["person:bashar-al-assad LEADS SYR"], []),
 ("Iran, Syria's main regional ally, said the pullout had been forced by American and Israeli pressure.", ["IRN ALLIED_WITH SYR"], ["IRN CONDEMNS USA", "IRN CONDEMNS ISR"]),
]
