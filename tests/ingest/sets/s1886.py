DAY = "2013-02-12"
SENTS = [
 ("North Korea conducted its third nuclear test on Tuesday, defying UN resolutions and drawing condemnation from its neighbours and the United States.", [], ["JPN CONDEMNS PRK", "KOR CONDEMNS PRK", "USA CONDEMNS PRK"]),
 ("President Barack Obama called the test a highly provocative act that threatened US national security and international peace.", [], ["person:barack-obama CONDEMNS PRK", "person:barack-obama LEADS USA"]),
 ("China, the North's main ally and aid provider, said it firmly opposed the test and summoned North Korea's ambassador in Beijing.", ["CHN ALLIED_WITH PRK", "CHN SUPPORTS PRK", "CHN CONDEMNS PRK"], []),
 ("Japanese Prime Minister Shinzo Abe said the test was a grave threat to Japan's security and could not be tolerated.", ["person:shinzo-abe LEADS JPN"], ["person:shinzo-abe CONDEMNS PRK"]),
 ("The UN Security Council, which imposed sanctions on Pyongyang after its 2006 and 2009 tests, met in emergency session in New York.", ["org:UNSC SANCTIONS PRK"], []),
 ("Russia's foreign ministry said it condemned the test and urged Pyongyang to return to six-party talks.", ["RUS CONDEMNS PRK"], []),
]
