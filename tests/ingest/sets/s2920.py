DAY = "1953-11-13"
SENTS = [
 ("Vice President Nixon arrived in Seoul on Thursday and handed President Syngman Rhee a letter from President Eisenhower.", ["person:richard-nixon MEETS KOR", "person:richard-nixon MEETS person:syngman-rhee"], ["person:syngman-rhee LEADS KOR", "person:dwight-eisenhower LEADS USA"]),
 ("The letter warned Mr. Rhee that the United States would not back any attempt by South Korea to unify the country by force.", [], []),
 ("Mr. Nixon had spent three days on Formosa, where he conferred with Generalissimo Chiang Kai-shek.", ["person:richard-nixon MEETS TWN"], ["person:richard-nixon MEETS person:chiang-kai-shek"]),
 ("Under the armistice, roughly 300,000 American soldiers are still in South Korea.", ["USA DEPLOYS_TROOPS KOR"], []),
 ("From Seoul the Vice President will fly on to Tokyo.", [], ["person:richard-nixon MEETS JPN"]),
]
