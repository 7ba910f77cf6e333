DAY = "2017-05-30"
SENTS = [
 ("Emmanuel Macron hosted Vladimir Putin at the Palace of Versailles on Monday, three weeks after his election as France's president.", ["person:emmanuel-macron MEETS person:vladimir-putin", "person:vladimir-putin MEETS FRA", "person:emmanuel-macron LEADS FRA"], []),
 ("At a joint news conference, Macron accused two Russian state-owned media outlets of spreading propaganda during the French election campaign.", ["person:emmanuel-macron CONDEMNS RUS"], ["FRA CONDEMNS RUS"]),
 ("Putin, who had received Macron's far-right rival Marine Le Pen in the Kremlin in March, denied meddling in the election.", [], ["person:vladimir-putin MEETS person:marine-le-pen", "person:marine-le-pen MEETS RUS"]),
 ("The two leaders discussed Syria and Ukraine, and Macron said any use of chemical weapons in Syria would be a red line.", [], ["person:emmanuel-macron MEETS person:vladimir-putin", "person:emmanuel-macron CONDEMNS SYR"]),
 ("Relations between Paris and Moscow have been strained since France joined EU sanctions on Russia over its annexation of Crimea in 2014.", ["FRA SANCTIONS RUS", "org:EU SANCTIONS RUS"], ["RUS ATTACKS UKR"]),
 ("France also cancelled the sale of two Mistral warships to Russia in 2015.", [], ["FRA SANCTIONS RUS"]),
]
