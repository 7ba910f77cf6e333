DAY = "2016-11-30"
SENTS = [
 ("The UN Security Council unanimously adopted new sanctions on North Korea on Wednesday, capping its coal exports in response to its fifth nuclear test in September.", ["org:UNSC SANCTIONS PRK"], []),
 ("The resolution aims to cut North Korea's export revenue by at least $800 million a year, most of it from coal sales to China.", ["PRK TRADES_WITH CHN"], ["org:UNSC SANCTIONS PRK"]),
 ("China, which accounts for most of North Korea's trade, said it would implement the measures fully.", ["CHN TRADES_WITH PRK"], []),
 ("US Ambassador Samantha Power said no resolution would persuade Pyongyang to give up its nuclear weapons, but that the council was imposing unprecedented costs on the regime.", [], ["org:UNSC SANCTIONS PRK"]),
 ("Japan and South Korea, which have imposed their own sanctions on Pyongyang, welcomed the resolution.", ["JPN SANCTIONS PRK", "KOR SANCTIONS PRK"], []),
 ("North Korea's UN mission rejected the resolution and accused Washington of a hostile policy.", ["PRK CONDEMNS USA"], []),
]
