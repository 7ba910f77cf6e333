DAY = "1980-05-09"
SENTS = [
 ("Presidents, kings and prime ministers of 120 nations came to Belgrade on Thursday to bury President Tito, who had led Yugoslavia since the end of World War II.", [], ["person:josip-broz-tito LEADS YUG"]),
 ("Leonid I. Brezhnev, the Soviet leader, had a brief talk after the ceremony with Chancellor Helmut Schmidt of West Germany, the first East-West exchange at that level since the Soviet invasion of Afghanistan.", ["person:leonid-brezhnev MEETS person:helmut-schmidt", "person:helmut-schmidt LEADS DEU", "person:leonid-brezhnev LEADS SUN", "SUN ATTACKS AFG"], ["SUN MEETS DEU"]),
 ("Prime Minister Margaret Thatcher also saw the Soviet Foreign Minister, Andrei A. Gromyko, and told him British athletes might stay away from the Moscow Olympics.", ["person:margaret-thatcher MEETS person:andrei-gromyko"], ["person:margaret-thatcher LEADS GBR"]),
 ("Prime Minister Indira Gandhi of India and Chairman Hua Guofeng of China held talks in Belgrade, the first meeting between Indian and Chinese leaders in two decades.", ["person:indira-gandhi LEADS IND", "person:hua-guofeng LEADS CHN", "person:indira-gandhi MEETS person:hua-guofeng"], ["IND MEETS CHN"]),
]
