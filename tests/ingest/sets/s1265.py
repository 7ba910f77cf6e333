DAY = "2025-08-24"
SENTS = [
 ("South Korean President Lee Jae-myung chose Tokyo rather than Washington for his first bilateral trip, holding talks with Prime Minister Shigeru Ishiba on Saturday.", ["person:lee-jae-myung MEETS JPN", "person:lee-jae-myung MEETS person:shigeru-ishiba", "person:lee-jae-myung LEADS KOR"], ["person:shigeru-ishiba LEADS JPN"]),
 ("The two leaders pledged to deepen cooperation in the face of North Korea's nuclear programme.", [], []),
 ("Lee flew on to Washington to meet Donald Trump two days later.", ["person:lee-jae-myung MEETS USA"], ["person:lee-jae-myung MEETS person:donald-trump"]),
 ("Japan ruled Korea as a colony from 1910 until 1945, and disputes over wartime forced labour still strain ties.", [], []),
 ("Both countries host tens of thousands of American troops.", [], ["USA DEPLOYS_TROOPS KOR", "USA DEPLOYS_TROOPS JPN"]),
]
