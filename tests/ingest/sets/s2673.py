DAY = "1974-11-25"
SENTS = [
 ("President Ford and Leonid Brezhnev agreed on Sunday at a summit near Vladivostok to limit each side to 2,400 strategic missiles and bombers, a ceiling meant to guide a new arms treaty.", ["person:gerald-ford MEETS person:leonid-brezhnev"], ["person:gerald-ford MEETS SUN", "person:gerald-ford LEADS USA"]),
 ("It was Mr. Ford's first meeting with the Soviet leader, and it came at the end of a trip that had taken him to Japan and South Korea.", ["person:gerald-ford MEETS JPN", "person:gerald-ford MEETS KOR"], ["person:leonid-brezhnev LEADS SUN", "person:gerald-ford MEETS person:leonid-brezhnev"]),
 ("Brezhnev saw his guest off at the airport after two days of talks at a health resort outside the city.", [], []),
 ("Secretary of State Henry Kissinger went on to Peking to brief Chinese leaders on the agreement.", ["person:henry-kissinger MEETS CHN"], []),
]
