DAY = "2010-09-24"
SENTS = [
 ("Japan said on Friday it would release the captain of a Chinese fishing trawler that collided with two Japanese coast guard vessels near disputed islands in the East China Sea.", [], []),
 ("China had demanded the captain's immediate and unconditional release and suspended high-level contacts with Tokyo.", ["CHN SANCTIONS JPN"], ["CHN CONDEMNS JPN"]),
 ("Japanese traders said Beijing had halted exports of rare earth minerals to Japan, which depends on China for most of its supply.", ["CHN SANCTIONS JPN", "CHN TRADES_WITH JPN"], []),
 ("Premier Wen Jiabao warned that China would take further action if the captain was not freed.", [], ["person:wen-jiabao LEADS CHN"]),
 ("Secretary of State Hillary Clinton told her Japanese counterpart that the islands were covered by the US-Japan security treaty.", ["person:hillary-clinton MEETS JPN", "JPN ALLIED_WITH USA"], []),
]
