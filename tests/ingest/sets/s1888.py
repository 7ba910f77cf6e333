DAY = "2016-09-09"
SENTS = [
 ("North Korea carried out its fifth and largest nuclear test on Friday, claiming it had mastered the ability to mount a warhead on a missile.", [], []),
 ("South Korean President Park Geun-hye called the test maniacal recklessness that would only hasten Kim Jong Un's self-destruction.", ["person:park-geun-hye LEADS KOR", "person:park-geun-hye CONDEMNS person:kim-jong-un"], ["person:park-geun-hye CONDEMNS PRK"]),
 ("Park, who cut short a visit to Laos, spoke by phone with President Barack Obama, and the two agreed to seek new sanctions.", ["person:park-geun-hye MEETS person:barack-obama", "person:park-geun-hye MEETS LAO"], []),
 ("China's foreign ministry said Beijing was resolutely opposed to the test and urged Pyongyang to stop taking actions that worsen the situation.", [], ["CHN CONDEMNS PRK"]),
 ("Japan said it would consider its own sanctions in addition to any new UN measures.", [], []),
 ("The United States has about 28,500 troops stationed in South Korea and plans to deploy the THAAD missile defence system there next year.", ["USA DEPLOYS_TROOPS KOR"], ["USA SUPPLIES_ARMS KOR"]),
]
