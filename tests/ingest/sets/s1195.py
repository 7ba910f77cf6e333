DAY = "2025-09-29"
SENTS = [
 ("Moldova's pro-European governing party won a clear majority in Sunday's parliamentary election despite what officials described as massive Russian interference.", [], []),
 ("President Maia Sandu had accused Moscow of spending hundreds of millions of euros on vote-buying and disinformation.", ["person:maia-sandu CONDEMNS RUS"], ["person:maia-sandu LEADS MDA"]),
 ("The Kremlin rejected the accusations as unfounded.", [], []),
 ("Brussels has backed Chisinau with a growth plan worth 1.9 billion euros, and Moldova hopes to join the European Union by 2030.", ["org:EU SUPPORTS MDA"], []),
 ("Romania, which supplies much of Moldova's electricity, congratulated Sandu's party.", ["ROU TRADES_WITH MDA"], ["ROU SUPPORTS MDA", "ROU SUPPORTS person:maia-sandu"]),
]
