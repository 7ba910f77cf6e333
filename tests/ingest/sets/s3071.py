DAY = "1951-09-09"
SENTS = [
 ("Forty-nine nations signed the peace treaty with Japan in the San Francisco Opera House on Saturday, and Prime Minister Shigeru Yoshida signed for Japan.", [], ["person:shigeru-yoshida LEADS JPN"]),
 ("Andrei Gromyko, who walked out with the Polish and Czechoslovak delegates without signing, called the document a step toward a new war in the Far East.", [], ["person:andrei-gromyko CONDEMNS JPN", "person:andrei-gromyko CONDEMNS USA"]),
 ("A few hours later Yoshida and Secretary of State Dean Acheson signed a security pact allowing American forces to stay in Japan.", ["JPN ALLIED_WITH USA", "USA DEPLOYS_TROOPS JPN"], ["person:shigeru-yoshida MEETS person:dean-acheson"]),
 ("India and Burma stayed away from the conference, and China was not invited.", [], []),
]
