DAY = "1945-09-02"
SENTS = [
 ("Japan signed the instrument of unconditional surrender aboard the battleship Missouri in Tokyo Bay this morning.", [], []),
 ("General MacArthur signed for the Allied powers, and representatives of China, Britain, the Soviet Union, Australia and other nations signed after him.", [], []),
 ("American airborne troops began landing at Atsugi airfield near Tokyo on Tuesday to occupy Japan.", ["USA DEPLOYS_TROOPS JPN"], []),
 ("British forces reoccupied Hong Kong on Thursday, and Soviet troops hold Manchuria and the northern half of Korea.", ["SUN DEPLOYS_TROOPS KOR"], ["SUN DEPLOYS_TROOPS CHN", "SUN DEPLOYS_TROOPS PRK"]),
 ("In Chungking, Generalissimo Chiang Kai-shek told the Chinese people that the war of resistance had been won.", [], ["person:chiang-kai-shek LEADS CHN"]),
]
