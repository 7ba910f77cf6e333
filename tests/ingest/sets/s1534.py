DAY = "2021-06-16"
SENTS = [
 ("Joe Biden and Vladimir Putin held their first summit in Geneva on Wednesday, agreeing to return their ambassadors to each other's capitals.", ["person:joe-biden MEETS person:vladimir-putin"], []),
 ("Biden said he had warned Putin that the consequences would be devastating if the jailed opposition leader Alexei Navalny died.", [], ["person:joe-biden CONDEMNS person:vladimir-putin", "person:joe-biden MEETS person:vladimir-putin"]),
 ("Putin rejected criticism of Russia's human rights record and accused the United States of backing opposition groups in Russia.", ["person:vladimir-putin CONDEMNS USA"], []),
 ("Biden had arrived from Brussels, where NATO leaders declared that Russia's aggressive actions posed a threat to the alliance.", ["org:NATO CONDEMNS RUS"], []),
 ("Switzerland, which hosted the meeting, has long served as a neutral venue for talks between Moscow and Washington.", [], ["RUS MEETS USA"]),
]
