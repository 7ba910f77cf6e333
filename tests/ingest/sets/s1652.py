DAY = "2024-03-24"
SENTS = [
 ("Gunmen killed at least 133 people at the Crocus City Hall concert venue outside Moscow on Friday night, in the deadliest attack in Russia in two decades.", [], []),
 ("Islamic State claimed responsibility, and US officials said they had warned Moscow earlier this month of a planned attack on a concert.", [], ["org:ISIS ATTACKS RUS"]),
 ("Vladimir Putin said the four suspected gunmen had been caught trying to flee to Ukraine, where a window had been prepared for them.", [], ["person:vladimir-putin CONDEMNS UKR"]),
 ("Kyiv denied any involvement and accused the Kremlin of using the tragedy to justify more attacks on Ukraine.", ["UKR CONDEMNS RUS"], ["RUS ATTACKS UKR"]),
 ("Tajikistan's president, Emomali Rahmon, called Putin to offer condolences after reports that the suspects were Tajik citizens.", ["person:emomali-rahmon MEETS person:vladimir-putin", "person:emomali-rahmon LEADS TJK"], []),
]
