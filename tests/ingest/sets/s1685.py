DAY = "2023-01-26"
SENTS = [
 ("Germany agreed on Wednesday to send 14 Leopard 2 tanks to Ukraine and to let other countries re-export theirs, ending weeks of hesitation.", ["DEU SUPPLIES_ARMS UKR"], []),
 ("Hours later, Joe Biden announced that the United States would provide 31 Abrams tanks.", [], ["USA SUPPLIES_ARMS UKR"]),
 ("Poland, which had threatened to send its Leopards without German approval, welcomed the decision.", [], ["POL SUPPORTS DEU"]),
 ("The Russian ambassador in Berlin called the move extremely dangerous and said it would take the conflict to a new level.", [], ["RUS CONDEMNS DEU"]),
 ("Britain had already promised 14 Challenger 2 tanks earlier this month.", [], ["GBR SUPPLIES_ARMS UKR"]),
]
