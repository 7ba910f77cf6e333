DAY = "2024-07-03"
SENTS = [
 ("Hungarian Prime Minister Viktor Orban made his first visit to Kyiv since Russia's full-scale invasion on Tuesday, and urged Volodymyr Zelensky to consider a quick ceasefire.", ["person:viktor-orban LEADS HUN", "person:viktor-orban MEETS UKR", "person:viktor-orban MEETS person:volodymyr-zelensky"], ["RUS ATTACKS UKR"]),
 ("Orban, whose country took over the rotating presidency of the European Union on Monday, has blocked or delayed EU aid to Ukraine for months.", [], ["HUN MEMBER_OF org:EU"]),
 ("He is the EU leader with the closest ties to Vladimir Putin and has opposed sending weapons to Kyiv.", [], []),
 ("Zelensky said the two men had discussed trade and the rights of the Hungarian minority in western Ukraine.", ["person:viktor-orban MEETS person:volodymyr-zelensky"], []),
 ("Days later, Orban flew to Moscow for talks with Putin, drawing sharp criticism from other EU governments.", ["person:viktor-orban MEETS person:vladimir-putin", "person:viktor-orban MEETS RUS"], ["org:EU CONDEMNS person:viktor-orban"]),
]
