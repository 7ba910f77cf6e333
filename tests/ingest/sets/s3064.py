DAY = "2014-12-20"
SENTS = [
 ("The FBI said on Friday that North Korea was responsible for the cyber attack on Sony Pictures, which had made a comedy about a plot to kill Kim Jong Un.", ["USA CONDEMNS PRK"], []),
 ("President Barack Obama said the United States would respond proportionally, in a place and time of its choosing.", [], ["person:barack-obama LEADS USA"]),
 ("Pyongyang denied any part in the hacking and proposed a joint investigation with Washington, warning of serious consequences if the Americans refused.", [], ["PRK CONDEMNS USA", "PRK MEETS USA"]),
 ("China, North Korea's main ally and the route for most of its internet traffic, said it opposed all forms of cyber attack but gave no sign of blaming Pyongyang.", ["CHN ALLIED_WITH PRK"], []),
 ("Japan, whose prime minister Shinzo Abe has pressed Pyongyang over its abductions of Japanese citizens, backed the American finding.", ["JPN SUPPORTS USA", "person:shinzo-abe LEADS JPN"], ["person:shinzo-abe CONDEMNS PRK"]),
]
