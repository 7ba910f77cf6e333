DAY = "1953-07-27"
SENTS = [
 ("Negotiators for the United Nations Command and for North Korea and China signed an armistice at Panmunjom on Monday, ending three years of fighting in Korea.", [], []),
 ("South Korean President Syngman Rhee refused to sign, but said he would not obstruct the truce for now.", ["person:syngman-rhee LEADS KOR"], []),
 ("The war began in June 1950 when North Korean forces invaded the South, and China sent hundreds of thousands of troops to fight alongside the North in late 1950.", ["PRK ATTACKS KOR", "CHN DEPLOYS_TROOPS PRK"], ["CHN ATTACKS KOR"]),
 ("The Soviet Union supplied the North with tanks, artillery and MiG fighters throughout the war.", ["SUN SUPPLIES_ARMS PRK"], []),
 ("President Dwight Eisenhower said the fighting had ended but peace had not yet been won.", [], []),
 ("Sixteen nations sent troops under the UN flag, led by the United States, which still has 300,000 soldiers in South Korea.", ["USA DEPLOYS_TROOPS KOR"], []),
]
