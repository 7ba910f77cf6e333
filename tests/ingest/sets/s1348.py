DAY = "2025-03-25"
SENTS = [
 ("The United States reached separate agreements with Ukraine and Russia on Tuesday to halt attacks on ships in the Black Sea, after talks in Riyadh.", [], ["USA MEETS UKR", "USA MEETS RUS"]),
 ("The Kremlin said the deal would take effect only after Western sanctions on Russia's state agricultural bank were lifted.", [], ["bloc:WEST SANCTIONS RUS"]),
 ("Both sides also agreed to a 30-day moratorium on strikes against energy infrastructure, which each accused the other of violating within days.", [], ["RUS ATTACKS UKR", "UKR ATTACKS RUS", "RUS CONDEMNS UKR", "UKR CONDEMNS RUS"]),
 ("Turkey offered to help monitor shipping in the Black Sea.", [], []),
 ("Ukraine exports most of its grain through the Black Sea port of Odesa.", [], []),
]
