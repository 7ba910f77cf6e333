DAY = "2005-07-30"
SENTS = [
 ("Uzbekistan has ordered the United States to leave the Karshi-Khanabad air base within six months, a US official said on Saturday.", [], ["USA DEPLOYS_TROOPS UZB", "UZB CONDEMNS USA"]),
 ("The eviction follows Washington's calls for an international inquiry into the killing of hundreds of protesters by Uzbek troops in Andijan in May.", [], []),
 ("President Islam Karimov has accused foreign-backed Islamists of organising the uprising.", [], ["person:islam-karimov LEADS UZB"]),
 ("Russia and China backed Karimov's handling of the unrest, and the Shanghai Cooperation Organisation called this month for a timetable for the withdrawal of US forces from Central Asia.", ["RUS SUPPORTS person:islam-karimov", "CHN SUPPORTS person:islam-karimov"], ["org:SCO CONDEMNS USA"]),
 ("The base has been used since 2001 to support operations in Afghanistan.", [], []),
]
