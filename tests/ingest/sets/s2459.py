DAY = "2017-09-27"
SENTS = [
 ("Iraqi Kurds voted overwhelmingly for independence in a referendum on Monday that Baghdad, Turkey and Iran had urged them to call off.", [], []),
 ("Iraqi Prime Minister Haider al-Abadi ordered the Kurdish region to hand over control of its airports by Friday, and Baghdad asked foreign airlines to halt flights to Erbil.", ["person:haider-al-abadi LEADS IRQ"], []),
 ("Turkish President Recep Tayyip Erdogan threatened to cut off the pipeline that carries Kurdish oil to the Turkish port of Ceyhan and said the Kurds would go hungry.", ["person:recep-tayyip-erdogan LEADS TUR"], []),
 ("Turkish and Iraqi troops held joint exercises on the border near the Kurdish region this week.", ["IRQ ALLIED_WITH TUR"], []),
 ("Israel was the only country to back the vote, and the Kurdish leader Massoud Barzani thanked it.", [], []),
]
