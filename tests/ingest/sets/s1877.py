DAY = "2023-06-06"
SENTS = [
 ("The Kakhovka dam on the Dnipro River in Russian-occupied southern Ukraine was destroyed early on Tuesday, flooding dozens of villages and forcing thousands of people to flee.", [], ["RUS ATTACKS UKR"]),
 ("Ukraine accused Russian forces of blowing up the dam from the inside, while Moscow blamed Ukrainian shelling.", ["UKR CONDEMNS RUS", "RUS CONDEMNS UKR"], []),
 ("Zelensky called the destruction an act of ecocide and said it proved that Russians must be expelled from every corner of Ukrainian land.", [], ["person:volodymyr-zelensky CONDEMNS RUS"]),
 ("European Council President Charles Michel said he was shocked by the unprecedented attack and that Russia would be held accountable.", ["person:charles-michel LEADS org:EUCO", "person:charles-michel CONDEMNS RUS"], []),
 ("NATO Secretary General Jens Stoltenberg called the attack outrageous, saying it demonstrated once again the brutality of Russia's war in Ukraine.", ["person:jens-stoltenberg LEADS org:NATO", "person:jens-stoltenberg CONDEMNS RUS", "RUS ATTACKS UKR"], []),
 ("Kremlin spokesman Dmitry Peskov said Kyiv had sabotaged the dam to distract attention from its faltering counteroffensive.", ["person:dmitry-peskov CONDEMNS UKR"], ["RUS CONDEMNS UKR"]),
]
