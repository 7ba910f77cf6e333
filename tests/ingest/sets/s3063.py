DAY = "1997-04-03"
SENTS = [
 ("Boris Yeltsin and Alexander Lukashenko signed a treaty in the Kremlin on Wednesday binding Russia and Belarus in a union that will coordinate their economic, defence and foreign policies.", ["RUS ALLIED_WITH BLR"], ["person:boris-yeltsin MEETS person:alexander-lukashenko", "person:boris-yeltsin LEADS RUS", "person:alexander-lukashenko LEADS BLR", "person:alexander-lukashenko MEETS RUS"]),
 ("Lukashenko, whom Western governments accuse of crushing the opposition, called the treaty the first step toward reuniting two peoples divided by mistake.", ["bloc:WEST CONDEMNS person:alexander-lukashenko"], []),
 ("Russian liberals criticised the agreement, saying Moscow would end up paying Minsk's debts for cheap gas.", [], ["RUS TRADES_WITH BLR", "RUS SUPPORTS BLR"]),
 ("Belarus already buys almost all its oil and gas from Russia and hosts two Russian military installations.", ["BLR TRADES_WITH RUS", "RUS DEPLOYS_TROOPS BLR"], []),
]
