DAY = "2024-06-20"
SENTS = [
 ("Vladimir Putin and Kim Jong Un signed a treaty in Pyongyang on Wednesday pledging to help each other if either is attacked.", ["person:vladimir-putin MEETS person:kim-jong-un", "person:vladimir-putin MEETS PRK", "RUS ALLIED_WITH PRK"], []),
 ("It was Putin's first visit to North Korea in 24 years.", [], ["person:vladimir-putin MEETS PRK"]),
 ("Kim gave Putin a lavish welcome, with crowds lining the streets of the capital.", [], ["person:kim-jong-un MEETS person:vladimir-putin"]),
 ("Washington and Seoul say North Korea has shipped millions of artillery shells and dozens of ballistic missiles to Russia for its war in Ukraine.", ["PRK SUPPLIES_ARMS RUS"], ["USA CONDEMNS PRK", "KOR CONDEMNS PRK", "RUS ATTACKS UKR"]),
 ("South Korea said it would reconsider its ban on sending weapons to Ukraine in response.", [], ["KOR SUPPLIES_ARMS UKR"]),
]
