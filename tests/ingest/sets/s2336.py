DAY = "2019-03-06"
SENTS = [
 ("Rwanda has closed its main border crossing with Uganda and told its citizens not to travel there, accusing Kampala of arresting and torturing Rwandans.", ["RWA CONDEMNS UGA"], ["RWA SANCTIONS UGA"]),
 ("Foreign Minister Richard Sezibera said Uganda was also supporting rebels who want to overthrow President Paul Kagame.", [], ["RWA CONDEMNS UGA", "person:richard-sezibera CONDEMNS UGA", "person:paul-kagame LEADS RWA"]),
 ("Uganda denied the charges and said Rwandans were free to enter the country.", [], []),
 ("Trucks carrying goods from Kenya and Uganda have been stranded at the Gatuna crossing, a vital trade route for landlocked Rwanda.", [], ["KEN TRADES_WITH RWA", "UGA TRADES_WITH RWA"]),
 ("President Yoweri Museveni and Kagame, once close allies, have accused each other of spying and of backing dissidents.", ["person:yoweri-museveni CONDEMNS person:paul-kagame", "person:paul-kagame CONDEMNS person:yoweri-museveni"], ["person:yoweri-museveni LEADS UGA", "UGA ALLIED_WITH RWA"]),
 ("Angola's President João Lourenço has offered to mediate between the two neighbours.", ["person:joao-lourenco LEADS AGO"], []),
]
