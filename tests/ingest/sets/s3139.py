DAY = "2004-03-10"
SENTS = [
 ("Zimbabwe said on Tuesday that it had impounded a Boeing 727 at Harare airport carrying 64 suspected mercenaries and military equipment bound for Equatorial Guinea.", [], []),
 ("The government of Equatorial Guinea said it had arrested 15 more men in Malabo, accused of plotting to overthrow President Teodoro Obiang Nguema.", [], ["person:teodoro-obiang-nguema-mbasogo LEADS GNQ"]),
 ("Obiang accused Spain and unnamed multinational companies of backing the plot, a charge Madrid dismissed as absurd.", ["person:teodoro-obiang-nguema-mbasogo CONDEMNS ESP"], []),
 ("Most of the men held in Harare carried South African passports, and Pretoria said it would not intervene on their behalf.", [], []),
]
