DAY = "1978-11-02"
SENTS = [
 ("Ugandan troops who crossed into Tanzania this week have occupied some 700 square miles north of the Kagera river, and President Idi Amin announced on Wednesday that the area was now part of Uganda.", ["UGA DEPLOYS_TROOPS TZA"], ["UGA ATTACKS TZA", "person:idi-amin LEADS UGA"]),
 ("President Julius Nyerere said Tanzania was at war with Uganda and would drive the invaders out.", [], ["person:julius-nyerere LEADS TZA", "TZA ATTACKS UGA", "UGA ATTACKS TZA", "person:julius-nyerere CONDEMNS UGA"]),
 ("Tanzanian officials said Ugandan MiGs had bombed the town of Bukoba, and that Libyan-supplied tanks were used in the attack.", ["UGA ATTACKS TZA"], ["LBY SUPPLIES_ARMS UGA", "TZA CONDEMNS UGA"]),
 ("The Organization of African Unity called on both countries to stop fighting, and Kenya closed its border with Uganda.", [], ["KEN SANCTIONS UGA"]),
 ("Nyerere rejected the OAU's appeal, saying there could be no talks with an aggressor.", [], ["person:julius-nyerere CONDEMNS UGA"]),
]
