DAY = "2023-12-11"
SENTS = [
 ("Javier Milei was sworn in as Argentina's president on Sunday, warning that the country faced a painful economic shock.", ["person:javier-milei LEADS ARG"], []),
 ("Ukrainian President Volodymyr Zelensky, on his first visit to Latin America since the Russian invasion, attended the ceremony and held talks with Milei.", ["person:volodymyr-zelensky LEADS UKR", "person:volodymyr-zelensky MEETS person:javier-milei"], ["RUS ATTACKS UKR", "person:volodymyr-zelensky MEETS ARG"]),
 ("Hungarian Prime Minister Viktor Orban and Brazil's former president Jair Bolsonaro were also among the guests.", ["person:viktor-orban LEADS HUN"], ["person:viktor-orban MEETS ARG"]),
 ("Brazilian President Luiz Inacio Lula da Silva, whom Milei had called a corrupt communist during the campaign, sent his foreign minister instead.", ["person:luiz-inacio-lula-da-silva LEADS BRA", "person:javier-milei CONDEMNS person:luiz-inacio-lula-da-silva"], []),
 ("Milei has said Argentina will not join the BRICS group of emerging economies, reversing a decision by his predecessor.", [], []),
]
