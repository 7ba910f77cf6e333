DAY = "2012-09-13"
SENTS = [
 ("Gunmen stormed the US consulate in Benghazi on Tuesday night and killed Ambassador Christopher Stevens and three other Americans.", [], []),
 ("President Barack Obama condemned the outrageous attack and ordered increased security at American diplomatic posts around the world.", ["person:barack-obama LEADS USA"], []),
 ("The Pentagon sent a team of about 50 marines to Libya to protect US personnel there.", ["USA DEPLOYS_TROOPS LBY"], []),
 ("Libya's interim leader, Mohammed Magariaf, apologised to the United States and vowed to bring the killers to justice.", ["person:mohammed-magariaf LEADS LBY"], []),
 ("Protesters also scaled the walls of the US embassy in Cairo, and Washington urged Egypt's new government to protect its diplomats.", [], []),
]
