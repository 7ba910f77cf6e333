DAY = "2024-10-26"
SENTS = [
 ("Israeli warplanes struck missile production sites and air defences in Iran early on Saturday, in retaliation for an Iranian ballistic missile barrage on October 1.", ["ISR ATTACKS IRN"], ["IRN ATTACKS ISR"]),
 ("Iran said its air defences had intercepted most of the missiles but that four soldiers had been killed.", [], []),
 ("Saudi Arabia, which restored ties with Tehran last year, condemned the strikes as a violation of Iran's sovereignty.", [], ["SAU CONDEMNS ISR", "SAU MEETS IRN"]),
 ("The United States said it had not participated in the operation but had been notified in advance.", [], []),
 ("Washington deployed a THAAD missile defence battery and about 100 soldiers to Israel this month.", ["USA DEPLOYS_TROOPS ISR"], ["USA SUPPLIES_ARMS ISR"]),
]
