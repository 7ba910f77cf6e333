DAY = "2021-06-17"
SENTS = [
 ("Joe Biden and Vladimir Putin held their first summit in Geneva on Wednesday, talking for about three hours in a lakeside villa.", ["person:joe-biden MEETS person:vladimir-putin"], []),
 ("The two leaders agreed to return their ambassadors to each other's capitals and to begin talks on strategic stability.", [], ["USA MEETS RUS"]),
 ("Biden said he had warned Putin that the United States would respond to further cyberattacks from Russian territory.", [], ["person:joe-biden CONDEMNS person:vladimir-putin", "RUS ATTACKS USA"]),
 ("Putin said Washington had no moral right to lecture Russia on human rights.", ["person:vladimir-putin CONDEMNS USA"], []),
 ("Switzerland, which hosted the summit, has long served as a neutral venue for East-West diplomacy.", [], []),
]
