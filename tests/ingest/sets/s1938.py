DAY = "2022-02-18"
SENTS = [
 ("France and its European allies announced on Thursday that they would withdraw their troops from Mali after nine years of fighting jihadists, blaming the country's military rulers.", [], ["FRA DEPLOYS_TROOPS MLI", "FRA CONDEMNS MLI"]),
 ("Emmanuel Macron said France could not remain militarily engaged alongside de facto authorities whose strategy and hidden goals it did not share.", [], ["person:emmanuel-macron CONDEMNS MLI"]),
 ("Relations soured after the junta postponed elections and brought in Russian mercenaries from the Wagner Group, which Paris accuses of plundering Mali's resources.", ["FRA CONDEMNS org:WAGNER"], ["org:WAGNER DEPLOYS_TROOPS MLI", "RUS DEPLOYS_TROOPS MLI"]),
 ("About 2,400 French soldiers are based in Mali, and the operation will move to neighbouring Niger.", ["FRA DEPLOYS_TROOPS MLI"], ["FRA DEPLOYS_TROOPS NER"]),
 ("The UN peacekeeping mission in Mali, MINUSMA, depends on French air support.", [], ["FRA SUPPORTS org:MINUSMA"]),
]
