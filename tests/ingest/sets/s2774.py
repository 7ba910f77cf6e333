DAY = "1976-05-29"
SENTS = [
 ("In separate ceremonies at the White House and in the Kremlin, President Ford and Leonid I. Brezhnev put their names on Friday to a pact capping peaceful nuclear blasts at 150 kilotons.", [], ["person:gerald-ford LEADS USA", "USA MEETS SUN"]),
 ("The treaty allows American observers to watch large Soviet blasts on Soviet soil for the first time.", [], []),
 ("Mr. Ford called the agreement an important step, and Mr. Brezhnev said it showed that detente was working despite the two countries' rivalry in Angola.", [], []),
 ("Secretary of State Henry A. Kissinger, who negotiated the treaty's final terms with Foreign Minister Andrei A. Gromyko, was in Oslo for a NATO meeting.", ["person:henry-kissinger MEETS person:andrei-gromyko"], ["person:henry-kissinger MEETS NOR"]),
]
