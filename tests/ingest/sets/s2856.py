DAY = "1950-12-09"
SENTS = [
 ("President Truman and Prime Minister Attlee ended five days of talks in Washington on Friday, pledging to stand together in Korea.", ["person:harry-s-truman MEETS person:clement-attlee", "person:clement-attlee MEETS USA"], ["person:harry-s-truman LEADS USA", "person:clement-attlee LEADS GBR", "USA MEETS GBR"]),
 ("Attlee had flown to Washington after Truman told a news conference that using the atomic bomb in Korea was under active consideration.", ["person:clement-attlee MEETS USA"], []),
 ("The Chinese offensive has thrown the Americans and South Koreans back below Pyongyang in two weeks.", ["CHN ATTACKS USA", "CHN ATTACKS KOR"], ["CHN DEPLOYS_TROOPS PRK"]),
 ("Two British brigades are at the front.", [], ["GBR DEPLOYS_TROOPS KOR"]),
]
