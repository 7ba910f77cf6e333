DAY = "2009-06-13"
SENTS = [
 ("The Security Council on Friday unanimously approved tougher sanctions on North Korea over its nuclear test last month, authorizing states to inspect ships suspected of carrying banned weapons cargo.", ["org:UNSC SANCTIONS PRK"], []),
 ("The resolution also bans all North Korean arms exports and most arms imports, except small arms.", [], ["org:UNSC SANCTIONS PRK"]),
 ("China, which supplies North Korea with most of its fuel and food, insisted that ships be searched only with the consent of the countries whose flags they fly.", ["CHN TRADES_WITH PRK"], ["CHN SUPPORTS PRK"]),
 ("Pyongyang's Foreign Ministry responded on Saturday that it would enrich uranium and turn all its plutonium into weapons.", [], []),
 ("Japan and South Korea, which had pushed for even tougher measures, welcomed the vote.", [], ["JPN SUPPORTS org:UNSC", "KOR SUPPORTS org:UNSC"]),
]
