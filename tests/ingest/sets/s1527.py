DAY = "2022-11-16"
SENTS = [
 ("A missile killed two people in the Polish village of Przewodow near the Ukrainian border on Tuesday during a massive Russian barrage on Ukraine's energy grid.", ["RUS ATTACKS UKR"], []),
 ("Polish President Andrzej Duda said it was most likely a Ukrainian air defence missile and that there was no sign of an intentional attack on Poland.", ["person:andrzej-duda LEADS POL"], []),
 ("NATO ambassadors held emergency talks in Brussels, and Jens Stoltenberg said Russia bore ultimate responsibility for the incident.", ["person:jens-stoltenberg CONDEMNS RUS"], ["person:jens-stoltenberg LEADS org:NATO"]),
 ("Volodymyr Zelensky initially insisted the missile was not Ukrainian and accused Moscow of attacking collective security.", ["person:volodymyr-zelensky CONDEMNS RUS"], []),
 ("Joe Biden, attending the G20 summit in Bali, convened an emergency meeting with the leaders of the G7 and NATO.", [], ["person:joe-biden MEETS org:G7", "person:joe-biden MEETS org:NATO"]),
]
