DAY = "1953-03-06"
SENTS = [
 ("Joseph Stalin, who ruled the Soviet Union for nearly three decades, died in Moscow on Thursday night after a stroke, the Kremlin announced.", ["person:joseph-stalin LEADS SUN"], []),
 ("Georgi Malenkov, his closest deputy, is expected to succeed him as premier.", [], []),
 ("President Eisenhower said the United States would watch developments closely but expressed no condolences.", [], ["person:dwight-eisenhower LEADS USA"]),
 ("Mao Tse-tung called Stalin the greatest genius of the present age, and China declared a period of mourning.", [], ["person:mao-zedong SUPPORTS person:joseph-stalin", "person:mao-zedong LEADS CHN"]),
 ("In East Berlin and Prague, the Communist governments ordered flags to fly at half-mast.", [], []),
 ("The Soviet Union signed a treaty of alliance with China in 1950 and has supplied the arms that North Korea and China are using in Korea.", ["SUN ALLIED_WITH CHN", "SUN SUPPLIES_ARMS PRK", "SUN SUPPLIES_ARMS CHN"], ["PRK ATTACKS KOR", "CHN ATTACKS KOR", "CHN DEPLOYS_TROOPS KOR", "SUN MEETS CHN"]),
]
