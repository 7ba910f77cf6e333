DAY = "1939-08-31"
SENTS = [
 ("Soviet and Mongolian forces under General Georgi Zhukov have encircled and destroyed the Japanese divisions that invaded eastern Mongolia in May, Moscow radio announced.", ["SUN ATTACKS JPN", "MNG ATTACKS JPN", "JPN ATTACKS MNG"], ["SUN ALLIED_WITH MNG", "SUN DEPLOYS_TROOPS MNG"]),
 ("The Soviet Union is bound by a mutual assistance treaty of 1936 to defend the Mongolian People's Republic.", ["SUN ALLIED_WITH MNG"], []),
 ("Tokyo, which claims the frontier line at Nomonhan for Manchukuo, said its aircraft had shot down more than a hundred Soviet planes.", ["JPN ATTACKS SUN"], []),
 ("Japan's ambassador in Moscow, Shigenori Togo, has begun talks with Foreign Commissar Molotov on a truce.", [], ["JPN MEETS SUN", "person:vyacheslav-molotov MEETS JPN"]),
 ("Marshal Khorloogiin Choibalsan, Mongolia's leader, thanked the Red Army for its help.", ["person:khorloogiin-choibalsan LEADS MNG", "SUN SUPPORTS MNG"], ["person:khorloogiin-choibalsan MEETS SUN"]),
]
