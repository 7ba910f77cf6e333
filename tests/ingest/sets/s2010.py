DAY = "2025-05-12"
SENTS = [
 ("The United States and China agreed on Monday to slash the tariffs they imposed on each other's goods for 90 days, after two days of talks in Geneva.", ["USA MEETS CHN"], ["USA SANCTIONS CHN", "CHN SANCTIONS USA", "USA TRADES_WITH CHN"]),
 ("US duties on Chinese imports will fall from 145 percent to 30 percent, and China's on American goods from 125 percent to 10 percent.", [], ["USA SANCTIONS CHN", "CHN SANCTIONS USA"]),
 ("Treasury Secretary Scott Bessent led the American delegation, and Vice Premier He Lifeng led the Chinese side.", [], ["person:scott-bessent MEETS person:he-lifeng"]),
 ("Bessent said neither side wanted to decouple.", [], []),
 ("China has kept restrictions on exports of several rare earth metals that it imposed in April in retaliation for the American tariffs.", ["CHN SANCTIONS USA"], []),
]
