DAY = "2023-05-19"
SENTS = [
 ("Volodymyr Zelensky addressed the Arab League summit in Jeddah on Friday, accusing some Arab leaders of turning a blind eye to Russia's invasion.", [], ["person:volodymyr-zelensky MEETS SAU", "RUS ATTACKS UKR", "person:volodymyr-zelensky MEETS org:ARAB_LEAGUE"]),
 ("The summit also welcomed Bashar al-Assad back into the fold, more than a decade after Syria was suspended.", ["org:ARAB_LEAGUE SUPPORTS person:bashar-al-assad"], ["SYR MEMBER_OF org:ARAB_LEAGUE"]),
 ("Crown Prince Mohammed bin Salman, the host, offered to mediate between Moscow and Kyiv.", [], []),
 ("Saudi Arabia has kept close ties with Russia through the Opec+ oil alliance.", [], ["SAU ALLIED_WITH RUS", "SAU TRADES_WITH RUS"]),
 ("Zelensky flew on to Hiroshima for the G7 summit, where he met Narendra Modi for the first time since the invasion.", ["person:volodymyr-zelensky MEETS person:narendra-modi"], ["person:volodymyr-zelensky MEETS JPN"]),
]
