DAY = "2022-11-11"
SENTS = [
 ("Ukrainian troops entered the city of Kherson on Friday after Russia completed its withdrawal across the Dnipro river, the only regional capital Moscow had captured since the invasion.", [], ["RUS ATTACKS UKR"]),
 ("Residents greeted the soldiers with flags, and Volodymyr Zelensky called it a historic day.", [], []),
 ("Russian Defence Minister Sergei Shoigu had ordered the retreat on Wednesday, saying the city could no longer be supplied.", [], ["person:sergei-shoigu LEADS RUS"]),
 ("Washington said the withdrawal showed the Russian military was in extraordinary difficulty, and announced $400 million more in military aid for Ukraine.", ["USA SUPPORTS UKR"], []),
 ("The Kremlin insisted that Kherson remained part of Russia, which annexed the region in September.", [], ["RUS ATTACKS UKR"]),
]
