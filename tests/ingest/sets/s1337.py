DAY = "2023-02-27"
SENTS = [
 ("South Africa held naval exercises with Russia and China off its coast this week, coinciding with the anniversary of Russia's invasion of Ukraine.", ["ZAF ALLIED_WITH RUS", "ZAF ALLIED_WITH CHN"], ["RUS ALLIED_WITH CHN", "RUS ATTACKS UKR"]),
 ("The Russian frigate Admiral Gorshkov, which carries hypersonic Zircon missiles, took part in the drills.", [], []),
 ("Opposition parties accused the government of abandoning its stated neutrality on the war.", [], []),
 ("Pretoria abstained on UN resolutions condemning the invasion.", [], []),
 ("The United States expressed concern about the exercises.", [], ["USA CONDEMNS ZAF"]),
]
