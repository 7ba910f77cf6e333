DAY = "2014-11-01"
SENTS = [
 ("Blaise Compaore fled to Ivory Coast on Friday after mass protests ended his 27-year rule of Burkina Faso, and the army named its deputy commander, Lieutenant Colonel Isaac Zida, as interim leader.", ["person:blaise-compaore LEADS BFA"], ["person:isaac-zida LEADS BFA", "CIV SUPPORTS person:blaise-compaore"]),
 ("French President Francois Hollande said France had helped to evacuate Compaore in order to avoid bloodshed.", ["person:francois-hollande LEADS FRA", "FRA SUPPORTS person:blaise-compaore"], ["person:francois-hollande SUPPORTS person:blaise-compaore"]),
 ("The African Union gave Burkina Faso's military two weeks to hand power to civilians or face sanctions.", [], ["org:AU SANCTIONS BFA", "org:AU CONDEMNS BFA"]),
]
