DAY = "1983-09-09"
SENTS = [
 ("Secretary of State George Shultz and the Soviet foreign minister, Andrei Gromyko, met for two hours in Madrid on Thursday in what an American official called the bluntest exchange he had ever witnessed.", ["person:george-shultz MEETS person:andrei-gromyko"], []),
 ("Gromyko insisted that the airliner had been on a spying mission and said Soviet pilots would act the same way again.", [], []),
 ("Shultz told reporters afterwards that the Soviet answer was totally unacceptable.", ["person:george-shultz CONDEMNS SUN"], []),
 ("Canada suspended the landing rights of the Soviet airline Aeroflot for sixty days, and Norway and Denmark said they would bar Soviet airliners for two weeks.", ["CAN SANCTIONS SUN"], ["NOR SANCTIONS SUN", "DNK SANCTIONS SUN"]),
 ("Japan, whose radar stations followed the plane, released a recording of the Soviet pilot reporting that he had fired his missiles.", [], []),
]
