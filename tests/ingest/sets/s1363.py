DAY = "2023-02-21"
SENTS = [
 ("Vladimir Putin announced on Tuesday that Russia was suspending its participation in New START, the last remaining arms control treaty with the United States.", [], []),
 ("In a speech to the Federal Assembly, Putin accused the West of starting the war in Ukraine.", ["person:vladimir-putin CONDEMNS bloc:WEST"], []),
 ("Secretary of State Antony Blinken called the decision deeply unfortunate and irresponsible.", [], ["person:antony-blinken CONDEMNS RUS", "person:antony-blinken CONDEMNS person:vladimir-putin"]),
 ("Hours earlier, Joe Biden had made a surprise visit to Kyiv, where he pledged another half a billion dollars in military aid.", ["person:joe-biden MEETS UKR"], ["USA SUPPLIES_ARMS UKR", "person:joe-biden SUPPORTS UKR", "USA SUPPORTS UKR"]),
 ("Biden then flew to Warsaw and told a crowd that Ukraine would never be a victory for Russia.", ["person:joe-biden MEETS POL"], []),
]
