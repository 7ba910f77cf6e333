DAY = "2014-11-11"
SENTS = [
 ("Japanese Prime Minister Shinzo Abe and Chinese President Xi Jinping held their first formal talks on Monday on the sidelines of the Asia-Pacific Economic Cooperation summit in Beijing.", ["person:shinzo-abe LEADS JPN", "person:xi-jinping LEADS CHN", "person:shinzo-abe MEETS person:xi-jinping", "person:shinzo-abe MEETS CHN"], []),
 ("The meeting, which lasted about 25 minutes, began with an awkward handshake in which Xi barely smiled.", [], []),
 ("Relations have been strained by a territorial dispute over islands in the East China Sea and by Abe's visit to the Yasukuni war shrine last year.", [], []),
 ("Abe said the two countries had taken the first step towards improving ties, and proposed a maritime hotline between their militaries.", [], []),
 ("Xi told Abe that Japan should follow a path of peaceful development and handle historical issues properly, Chinese state media reported.", [], ["person:xi-jinping CONDEMNS JPN", "person:shinzo-abe MEETS person:xi-jinping"]),
 ("Obama, who also attended the summit, held talks with Xi on climate change the next day.", ["person:barack-obama MEETS person:xi-jinping"], ["person:barack-obama MEETS CHN"]),
]
