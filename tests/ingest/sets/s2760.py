DAY = "1985-01-09"
SENTS = [
 ("After fourteen hours of meetings over two days at the Soviet and American missions in Geneva, Secretary of State George P. Shultz and Foreign Minister Andrei A. Gromyko of the Soviet Union agreed on Tuesday to reopen negotiations on nuclear arms.", ["person:george-shultz MEETS person:andrei-gromyko"], ["USA MEETS SUN"]),
 ("Mr. Gromyko called President Reagan's plans for a space-based missile defense a threat to peace.", ["person:andrei-gromyko CONDEMNS person:ronald-reagan"], ["person:ronald-reagan LEADS USA", "SUN CONDEMNS USA"]),
 ("Britain and West Germany, which host most of the American missiles deployed so far, welcomed the Geneva agreement.", ["USA DEPLOYS_TROOPS GBR", "USA DEPLOYS_TROOPS DEU"], []),
 ("The Kremlin broke off the old negotiations fourteen months ago, as the first Pershing 2 rockets reached their launch sites.", [], []),
]
