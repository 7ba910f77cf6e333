DAY = "2023-01-11"
SENTS = [
 ("Japanese Prime Minister Fumio Kishida and British Prime Minister Rishi Sunak signed a defence agreement at the Tower of London on Wednesday that allows their forces to deploy on each other's soil.", ["person:fumio-kishida LEADS JPN", "person:rishi-sunak LEADS GBR", "person:fumio-kishida MEETS person:rishi-sunak", "JPN ALLIED_WITH GBR"], ["person:fumio-kishida MEETS GBR"]),
 ("The Reciprocal Access Agreement is the first of its kind that Japan has signed with a European country.", [], []),
 ("Sunak said the two countries shared concerns about China's growing military assertiveness in the Indo-Pacific.", [], ["person:rishi-sunak CONDEMNS CHN", "GBR CONDEMNS CHN", "JPN CONDEMNS CHN"]),
 ("Kishida, who is touring G7 countries before Japan hosts the group's summit in Hiroshima, met French President Emmanuel Macron in Paris on Monday.", ["person:fumio-kishida MEETS person:emmanuel-macron", "person:fumio-kishida MEETS FRA", "person:emmanuel-macron LEADS FRA"], ["JPN MEMBER_OF org:G7"]),
 ("He travels to Washington on Friday for talks with President Joe Biden.", [], ["person:fumio-kishida MEETS person:joe-biden", "person:fumio-kishida MEETS USA", "person:joe-biden LEADS USA"]),
]
