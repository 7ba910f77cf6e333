DAY = "2017-09-12"
SENTS = [
 ("The UN Security Council unanimously imposed new sanctions on North Korea on Monday over its sixth and largest nuclear test.", ["org:UNSC SANCTIONS PRK"], []),
 ("The measures cap the North's imports of refined petroleum and ban its textile exports.", [], ["org:UNSC SANCTIONS PRK"]),
 ("China and Russia backed the resolution after Washington dropped its demand for a full oil embargo.", [], []),
 ("China accounts for about 90 percent of North Korea's trade.", ["CHN TRADES_WITH PRK"], []),
 ("Pyongyang said it would make the United States pay a heavy price.", [], ["PRK CONDEMNS USA"]),
]
