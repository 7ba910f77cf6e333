DAY = "2025-04-15"
SENTS = [
 ("Salvadoran President Nayib Bukele told Donald Trump in the Oval Office that he would not return a man mistakenly deported to his country's mega-prison.", ["person:nayib-bukele MEETS person:donald-trump", "person:nayib-bukele MEETS USA", "person:nayib-bukele LEADS SLV"], []),
 ("El Salvador has agreed to hold hundreds of deportees from the United States in exchange for about six million dollars a year.", [], ["USA SUPPORTS SLV"]),
 ("Trump praised Bukele as a great partner in the fight against crime.", ["person:donald-trump SUPPORTS person:nayib-bukele"], []),
 ("Venezuela's government condemned the deportations of its citizens to El Salvador as kidnapping.", [], ["VEN CONDEMNS SLV", "VEN CONDEMNS USA"]),
 ("Washington invoked the Alien Enemies Act to deport members of the Tren de Aragua gang.", [], []),
]
