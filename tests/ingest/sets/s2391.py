DAY = "2021-07-29"
SENTS = [
 ("Samoa's new prime minister, Fiame Naomi Mataafa, said on Thursday her government would scrap a $100 million port project financed by China.", ["person:fiame-naomi-mataafa LEADS WSM"], ["CHN SUPPORTS WSM"]),
 ("Fiame said Samoa, which already owes China about $160 million, could not take on more debt.", ["CHN SUPPORTS WSM"], []),
 ("Her predecessor, Tuilaepa Sailele Malielegaoi, who had backed the project, refused to concede defeat for more than two months.", [], []),
 ("Australia and New Zealand, Samoa's biggest aid donors, welcomed the end of the standoff.", ["AUS SUPPORTS WSM", "NZL SUPPORTS WSM"], []),
 ("China's embassy in Apia said Beijing had never attached political conditions to its aid.", [], []),
]
