DAY = "1938-08-01"
SENTS = [
 ("Soviet and Japanese troops fought on Sunday for the hills overlooking Lake Khasan, near the point where Manchukuo, Korea and the Soviet Far East meet.", ["SUN ATTACKS JPN", "JPN ATTACKS SUN"], []),
 ("Moscow said Japanese forces had attacked its positions on Changkufeng hill with artillery and infantry.", ["JPN ATTACKS SUN"], ["SUN CONDEMNS JPN"]),
 ("Tokyo accused the Red Army of occupying Manchukuo territory and said Japan would not tolerate the intrusion.", ["JPN CONDEMNS SUN"], []),
 ("The Japanese ambassador, Mamoru Shigemitsu, called on Foreign Commissar Maxim Litvinov to propose that both armies pull back.", [], ["JPN MEETS SUN"]),
 ("The clash is the most serious on the frontier since Japan's army seized Manchuria in 1931.", ["JPN ATTACKS CHN"], []),
]
