DAY = "2024-10-26"
SENTS = [
 ("Israeli warplanes struck military targets in Iran before dawn on Saturday, retaliating for the barrage of about 200 ballistic missiles Tehran fired at Israel on October 1.", ["ISR ATTACKS IRN", "IRN ATTACKS ISR"], []),
 ("The Israeli military said its jets had hit missile production facilities and air defence batteries in the provinces of Tehran, Khuzestan and Ilam.", ["ISR ATTACKS IRN"], []),
 ("Iran said its air defences had intercepted most of the missiles and that four soldiers had been killed.", [], []),
 ("Saudi Arabia, which restored diplomatic relations with Tehran last year, condemned the strikes as a violation of Iran's sovereignty.", [], ["SAU CONDEMNS ISR", "SAU MEETS IRN"]),
 ("Washington said it had been informed in advance but had not taken part, and urged Iran not to respond.", [], []),
]
