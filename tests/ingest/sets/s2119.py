DAY = "1960-01-20"
SENTS = [
 ("President Dwight Eisenhower and Prime Minister Nobusuke Kishi of Japan signed a revised security treaty at the White House on Tuesday committing the United States to defend Japan against attack.", ["person:dwight-eisenhower MEETS person:nobusuke-kishi", "person:nobusuke-kishi LEADS JPN", "person:nobusuke-kishi MEETS USA", "USA ALLIED_WITH JPN"], ["person:dwight-eisenhower LEADS USA", "JPN ALLIED_WITH USA", "USA SUPPORTS JPN"]),
 ("The treaty allows American forces to keep bases in Japan, but requires consultation before any major change in their deployment.", ["USA DEPLOYS_TROOPS JPN"], []),
 ("The Soviet Union and China denounced the treaty as a threat to peace in Asia.", [], ["SUN CONDEMNS USA", "SUN CONDEMNS JPN", "CHN CONDEMNS USA", "CHN CONDEMNS JPN"]),
 ("Socialist lawmakers in Tokyo have vowed to fight ratification.", [], []),
 ("Kishi also invited Eisenhower to visit Japan in June.", [], ["person:dwight-eisenhower MEETS JPN", "person:nobusuke-kishi MEETS person:dwight-eisenhower"]),
]
