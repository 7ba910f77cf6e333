DAY = "2024-03-07"
SENTS = [
 ("Evghenia Gutsul, the pro-Russian governor of Moldova's autonomous Gagauzia region, met Vladimir Putin at a youth festival in Sochi and asked him for support.", ["person:evghenia-gutsul MEETS person:vladimir-putin"], ["person:vladimir-putin LEADS RUS", "person:vladimir-putin SUPPORTS person:evghenia-gutsul"]),
 ("In Chisinau, the Russian ambassador was called in to hear a protest over what Moldovan diplomats described as a provocation.", ["MDA CONDEMNS RUS"], []),
 ("President Maia Sandu's government, which applied to join the European Union in 2022, accuses Moscow of plotting to destabilise the country.", ["MDA CONDEMNS RUS"], ["person:maia-sandu CONDEMNS RUS", "person:maia-sandu LEADS MDA"]),
 ("The Kremlin also has a garrison of some 1,500 men on the far side of the Dniester.", [], []),
]
