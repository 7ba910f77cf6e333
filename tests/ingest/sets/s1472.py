DAY = "2024-12-09"
SENTS = [
 ("Bashar al-Assad fled to Moscow on Sunday after rebels led by Hayat Tahrir al-Sham swept into Damascus, ending five decades of his family's rule.", ["org:HTS ATTACKS SYR"], ["person:bashar-al-assad MEETS RUS"]),
 ("The Kremlin said Russia had granted Assad and his family asylum on humanitarian grounds.", ["RUS SUPPORTS person:bashar-al-assad"], []),
 ("Russia, which intervened in the war in 2015, still has an air base at Hmeimim and a naval facility at Tartus.", ["RUS DEPLOYS_TROOPS SYR"], ["RUS ATTACKS SYR"]),
 ("Iran, Assad's other main backer, withdrew its military advisers as the rebels advanced.", ["IRN SUPPORTS person:bashar-al-assad"], ["IRN DEPLOYS_TROOPS SYR"]),
 ("Turkey, which backs some of the rebel factions, welcomed the fall of the government.", [], []),
]
