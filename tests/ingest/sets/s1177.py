DAY = "2025-09-18"
SENTS = [
 ("Saudi Arabia and Pakistan signed a strategic mutual defence agreement on Wednesday, pledging that aggression against either country would be treated as aggression against both.", ["SAU ALLIED_WITH PAK"]),
 ("Crown Prince Mohammed bin Salman and Prime Minister Shehbaz Sharif signed the pact at al-Yamamah Palace in Riyadh.", ["person:mohammed-bin-salman MEETS person:shehbaz-sharif", "person:shehbaz-sharif MEETS SAU"], ["person:shehbaz-sharif LEADS PAK", "SAU ALLIED_WITH PAK"]),
 ("Pakistan has long stationed troops in the kingdom to train Saudi forces.", ["PAK DEPLOYS_TROOPS SAU"]),
 ("India said it would study the implications of the pact for its national security.", []),
 ("Riyadh remains one of Islamabad's biggest creditors, having deposited billions of dollars in Pakistan's central bank.", [], ["SAU SUPPORTS PAK"]),
]
