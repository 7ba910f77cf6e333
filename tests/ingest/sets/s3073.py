DAY = "1945-08-27"
SENTS = [
 ("Moscow and Chungking bound themselves for thirty years in a pact of friendship and alliance, pledging to wage war on Japan together until its defeat.", ["SUN ALLIED_WITH CHN"], ["SUN MEETS CHN", "SUN ATTACKS JPN", "CHN ATTACKS JPN"]),
 ("Vyacheslav Molotov signed for the Soviet side; the Chinese signature was that of Wang Shih-chieh, China's Foreign Minister.", [], ["person:vyacheslav-molotov MEETS person:wang-shih-chieh"]),
 ("Under the accompanying agreements, Port Arthur becomes a joint naval base, and Soviet troops are to leave Manchuria within three months of Japan's surrender.", [], ["SUN DEPLOYS_TROOPS CHN"]),
 ("Moscow recognized the National Government of Chiang Kai-shek as the central government of China and promised to send its aid only to that government.", ["SUN SUPPORTS CHN"], ["SUN SUPPORTS person:chiang-kai-shek", "person:chiang-kai-shek LEADS CHN"]),
 ("China, in turn, agreed to recognize the independence of Outer Mongolia if its people voted for it.", [], ["CHN SUPPORTS MNG"]),
]
