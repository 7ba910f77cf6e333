DAY = "2024-09-20"
SENTS = [
 ("Hungary has sent a contingent of about 200 soldiers to Chad, its first military mission in Africa, officially to help fight terrorism and curb migration.", ["HUN DEPLOYS_TROOPS TCD"], ["HUN SUPPORTS TCD"]),
 ("The son of Chad's president, Mahamat Idriss Déby, studied in Budapest.", [], ["person:mahamat-idriss-deby LEADS TCD"]),
 ("France withdrew its last troops from Chad in January after N'Djamena ended their defence cooperation.", ["FRA DEPLOYS_TROOPS TCD"], []),
 ("Russia has courted Chad's leaders, and Déby visited Moscow in January 2024.", ["person:mahamat-idriss-deby MEETS RUS"], []),
 ("The United Arab Emirates has given Chad a loan of 1.5 billion dollars.", ["ARE SUPPORTS TCD"]),
]
