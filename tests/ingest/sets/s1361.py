DAY = "2023-08-18"
SENTS = [
 ("Joe Biden hosted Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol at Camp David on Friday, the first stand-alone summit of the three countries.", ["person:joe-biden MEETS person:fumio-kishida", "person:joe-biden MEETS person:yoon-suk-yeol", "person:fumio-kishida MEETS person:yoon-suk-yeol", "person:fumio-kishida LEADS JPN", "person:yoon-suk-yeol LEADS KOR"], ["person:fumio-kishida MEETS USA", "person:yoon-suk-yeol MEETS USA", "JPN MEETS USA", "KOR MEETS USA", "JPN MEETS KOR"]),
 ("The leaders agreed to hold annual trilateral military exercises and to consult each other in a crisis.", [], ["USA ALLIED_WITH JPN", "USA ALLIED_WITH KOR", "JPN ALLIED_WITH KOR"]),
 ("China's foreign ministry accused Washington of forming exclusive cliques that undermine regional security.", ["CHN CONDEMNS USA"], []),
 ("Seoul and Tokyo have mended ties strained by disputes over wartime forced labour.", [], []),
 ("North Korea fired two short-range ballistic missiles into the sea days later, in what analysts saw as a response.", [], []),
]
