DAY = "1979-04-11"
SENTS = [
 ("Tanzanian troops and Ugandan exiles captured Kampala on Wednesday, driving out President Idi Amin after a five-month war.", ["TZA ATTACKS UGA"], ["person:idi-amin LEADS UGA", "TZA DEPLOYS_TROOPS UGA"]),
 ("Tanzania invaded Uganda in January after Amin's forces annexed a strip of Tanzanian territory north of the Kagera river last October.", ["TZA ATTACKS UGA"], ["UGA ATTACKS TZA", "person:idi-amin ATTACKS TZA", "TZA DEPLOYS_TROOPS UGA"]),
 ("Libya sent about 2,500 troops to fight for Amin, but they were routed at Lukaya last month.", ["LBY SUPPORTS person:idi-amin"], ["LBY DEPLOYS_TROOPS UGA"]),
 ("Tanzania's President Julius Nyerere said his country had no wish to rule Uganda.", ["person:julius-nyerere LEADS TZA"], []),
 ("Kenya closed its border with Uganda, and Britain said it would recognise the new government as soon as possible.", [], []),
]
