DAY = "2025-06-02"
SENTS = [
 ("Ukrainian drones smuggled into Russia in lorries struck at least 40 strategic bombers at four air bases deep inside Russian territory, Ukraine's security service said.", ["UKR ATTACKS RUS"]),
 ("The operation, code-named Spiderweb, had been prepared for more than 18 months, according to Volodymyr Zelensky.", [], []),
 ("Among the aircraft hit were Tu-95 and Tu-22 bombers that Russia has used to fire cruise missiles at Ukrainian cities.", [], ["RUS ATTACKS UKR"]),
 ("Russia's defence ministry called the attack a terrorist act.", [], ["RUS CONDEMNS UKR"]),
 ("The strikes came a day before the second round of peace talks between the two countries in Istanbul.", [], ["RUS MEETS UKR"]),
]
