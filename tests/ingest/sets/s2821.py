DAY = "1949-12-17"
SENTS = [
 ("Mao Tse-tung, chairman of the Central People's Government of China, arrived in Moscow by train on Friday for his first journey abroad, and was met at the station by Vyacheslav Molotov and Nikolai Bulganin.", ["person:mao-zedong LEADS CHN", "person:mao-zedong MEETS SUN"], []),
 ("Mao said China and the Soviet Union must consolidate their friendship, and the talks are expected to produce a new treaty replacing the one signed with Chiang Kai-shek in 1945.", [], ["CHN ALLIED_WITH SUN"]),
 ("Marshal Stalin will receive him on his seventieth birthday next week.", [], ["person:joseph-stalin MEETS person:mao-zedong"]),
 ("Burma and India have already recognized the Communist government in Peking, and Britain is expected to follow in January.", ["MMR SUPPORTS CHN", "IND SUPPORTS CHN"], ["GBR SUPPORTS CHN"]),
 ("Chiang Kai-shek's Kuomintang regime now rules only Formosa and a few offshore islands.", [], []),
]
