DAY = "1968-12-23"
SENTS = [
 ("North Korea released the 82 surviving crewmen of the intelligence ship Pueblo at Panmunjom on Monday, eleven months after seizing the vessel off its coast.", [], ["PRK ATTACKS USA"]),
 ("The men walked one by one across the Bridge of No Return into South Korea, carrying the body of a sailor killed when the ship was captured.", [], []),
 ("To win their freedom, the United States signed a statement admitting that the ship had spied on North Korea, while saying publicly that the admission was false.", [], ["USA MEETS PRK"]),
 ("Major General Gilbert Woodward, the American negotiator, repudiated the document even as he signed it.", [], []),
 ("Pyongyang radio hailed the apology as a victory over American imperialism.", [], ["PRK CONDEMNS USA"]),
 ("The ship itself remains in North Korean hands.", [], []),
]
