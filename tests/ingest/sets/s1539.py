DAY = "2023-04-07"
SENTS = [
 ("Emmanuel Macron urged Xi Jinping during talks in Beijing on Thursday to bring Russia to its senses over the war in Ukraine.", ["person:emmanuel-macron MEETS person:xi-jinping", "person:emmanuel-macron MEETS CHN"], ["RUS ATTACKS UKR"]),
 ("Ursula von der Leyen, who joined Macron on part of the trip, warned that China's position on the war would shape EU-China relations.", [], ["person:ursula-von-der-leyen CONDEMNS CHN"]),
 ("In an interview on the flight home, Macron said Europe should not follow the United States on Taiwan.", [], []),
 ("China began three days of military drills around Taiwan the day after Macron left, in response to President Tsai Ing-wen's meeting with the US House speaker in California.", [], ["person:tsai-ing-wen LEADS TWN", "CHN CONDEMNS TWN", "CHN ATTACKS TWN"]),
 ("France and China signed contracts for Airbus to sell 160 aircraft to Chinese airlines.", ["FRA TRADES_WITH CHN"], ["FRA MEETS CHN"]),
]
