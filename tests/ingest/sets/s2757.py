DAY = "1982-11-16"
SENTS = [
 ("Vice President George Bush and Secretary of State George P. Shultz met Yuri V. Andropov for half an hour in the Kremlin on Monday, the first high-level American contact with the new Soviet leader.", ["person:george-h-w-bush MEETS person:yuri-andropov", "person:george-shultz MEETS person:yuri-andropov"], ["person:yuri-andropov LEADS SUN", "person:george-h-w-bush MEETS SUN", "person:george-shultz MEETS SUN", "person:george-h-w-bush MEETS person:george-shultz"]),
 ("Mr. Andropov also received President Zia ul-Haq of Pakistan, whose country arms the Afghan guerrillas fighting Soviet troops.", ["person:yuri-andropov MEETS person:muhammad-zia-ul-haq", "person:muhammad-zia-ul-haq LEADS PAK"], ["SUN DEPLOYS_TROOPS AFG"]),
 ("Chinese Foreign Minister Huang Hua, the most senior Chinese official to visit Moscow in two decades, held talks with Foreign Minister Andrei A. Gromyko.", ["person:huang-hua MEETS person:andrei-gromyko"], ["person:huang-hua MEETS SUN", "CHN MEETS SUN"]),
 ("Prime Minister Indira Gandhi of India, which buys most of its weapons from the Soviet Union, flew in for the funeral and left after seeing Mr. Andropov.", ["SUN SUPPLIES_ARMS IND", "person:indira-gandhi LEADS IND", "person:indira-gandhi MEETS person:yuri-andropov"], ["person:indira-gandhi MEETS SUN"]),
]
