DAY = "2022-02-26"
SENTS = [
 ("Russia vetoed a Security Council resolution on Friday that would have deplored its invasion of Ukraine and demanded the immediate withdrawal of its troops.", ["RUS VETOES UKR", "RUS ATTACKS UKR"], ["RUS DEPLOYS_TROOPS UKR"]),
 ("China, India and the United Arab Emirates abstained, while the other 11 members voted in favour.", [], []),
 ("US Ambassador Linda Thomas-Greenfield told the council that Russia could veto the resolution but could not veto the truth.", [], ["person:linda-thomas-greenfield CONDEMNS RUS"]),
 ("Russia's envoy Vasily Nebenzia accused the West of turning Ukraine into a pawn in its geopolitical games.", ["person:vasily-nebenzia CONDEMNS bloc:WEST"], ["RUS CONDEMNS bloc:WEST"]),
 ("The United States and Albania, which drafted the text, said they would take it to the General Assembly.", [], []),
 ("Meanwhile, the European Union froze the assets of Vladimir Putin and Foreign Minister Sergei Lavrov.", ["org:EU SANCTIONS person:vladimir-putin", "org:EU SANCTIONS person:sergei-lavrov"], []),
]
