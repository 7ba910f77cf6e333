DAY = "2021-04-24"
SENTS = [
 ("President Idriss Deby of Chad, who had ruled the country for three decades, died on Tuesday of wounds suffered while visiting troops fighting rebels in the north.", ["person:idriss-deby LEADS TCD"], []),
 ("A military council led by his son, General Mahamat Idriss Deby, dissolved parliament and took power.", [], ["person:mahamat-idriss-deby LEADS TCD"]),
 ("President Emmanuel Macron of France was the only Western head of state at the funeral in Ndjamena on Friday, and he said France would not let anyone threaten Chad's stability.", ["person:emmanuel-macron LEADS FRA", "person:emmanuel-macron MEETS TCD"], ["FRA SUPPORTS TCD", "person:emmanuel-macron SUPPORTS TCD"]),
 ("France has about 5,100 soldiers in the Sahel, with their headquarters in the Chadian capital.", ["FRA DEPLOYS_TROOPS TCD"], []),
]
