DAY = "2023-02-11"
SENTS = [
 ("Brazilian President Luiz Inacio Lula da Silva met President Joe Biden at the White House on Friday, a month after rioters stormed government buildings in Brasilia.", ["person:luiz-inacio-lula-da-silva LEADS BRA", "person:luiz-inacio-lula-da-silva MEETS person:joe-biden", "person:luiz-inacio-lula-da-silva MEETS USA"], ["person:joe-biden LEADS USA"]),
 ("Biden praised Brazil's strong and vibrant democracy, and the two leaders pledged to work together on climate change.", ["person:joe-biden SUPPORTS BRA"], []),
 ("Lula declined to send ammunition to Ukraine, saying Brazil wanted to help broker peace rather than join the war.", [], []),
 ("China is Brazil's largest trading partner, and Lula plans to visit Beijing next month.", ["CHN TRADES_WITH BRA"], ["person:luiz-inacio-lula-da-silva MEETS CHN"]),
 ("The United States said it would contribute to the Amazon Fund, which Norway and Germany have financed for years.", [], ["NOR SUPPORTS BRA", "DEU SUPPORTS BRA"]),
]
