DAY = "1966-12-17"
SENTS = [
 ("The Security Council on Friday ordered all members of the United Nations to stop buying Rhodesian tobacco, sugar, asbestos, chrome and other products.", ["org:UNSC SANCTIONS ZWE"], []),
 ("Never before in its twenty years has the Council made economic measures binding on every member.", [], []),
 ("Britain, which asked for the sanctions after Ian Smith rejected its terms aboard the cruiser Tiger, voted for the resolution.", [], ["GBR SANCTIONS ZWE", "person:ian-smith LEADS ZWE"]),
 ("South Africa and Portugal have made clear that they will not apply the measures.", [], []),
 ("Zambia complained that the resolution did not cover oil and did not authorise force.", [], []),
]
