DAY = "1994-10-21"
SENTS = [
 ("The United States and North Korea signed an agreement in Geneva on Friday under which Pyongyang will freeze its nuclear programme.", [], []),
 ("In return, an international consortium led by South Korea and Japan will build two light-water reactors in the North, and Washington will supply heavy fuel oil.", [], ["USA SUPPORTS PRK", "KOR SUPPORTS PRK", "JPN SUPPORTS PRK"]),
 ("Former President Jimmy Carter travelled to Pyongyang in June and met Kim Il Sung, defusing a crisis that had brought the two countries close to war.", ["person:jimmy-carter MEETS PRK", "person:jimmy-carter MEETS person:kim-il-sung"], []),
 ("South Korean President Kim Young-sam criticised the deal as too generous to the North.", ["person:kim-young-sam LEADS KOR"], ["person:kim-young-sam CONDEMNS USA", "person:kim-young-sam CONDEMNS PRK"]),
 ("Republican senators accused the Clinton administration of rewarding Pyongyang for breaking its promises.", [], ["USA CONDEMNS PRK"]),
]
