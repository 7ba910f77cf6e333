DAY = "2018-03-15"
SENTS = [
 ("Britain expelled 23 Russian diplomats on Wednesday after former spy Sergei Skripal and his daughter were poisoned with a military-grade nerve agent in Salisbury.", [], ["GBR CONDEMNS RUS"]),
 ("Prime Minister Theresa May said Moscow was culpable for the attempted murder.", ["person:theresa-may CONDEMNS RUS"], ["person:theresa-may LEADS GBR"]),
 ("The United States, France and Germany joined Britain in blaming Russia for the attack.", ["USA CONDEMNS RUS", "FRA CONDEMNS RUS", "DEU CONDEMNS RUS", "GBR CONDEMNS RUS"], ["USA SUPPORTS GBR", "FRA SUPPORTS GBR", "DEU SUPPORTS GBR"]),
 ("Russia denied involvement and called the accusations unfounded.", [], ["RUS CONDEMNS GBR", "RUS CONDEMNS USA", "RUS CONDEMNS FRA", "RUS CONDEMNS DEU"]),
 ("NATO's Jens Stoltenberg said the use of the nerve agent was a clear breach of international norms.", [], ["person:jens-stoltenberg LEADS org:NATO", "person:jens-stoltenberg CONDEMNS RUS"]),
]
