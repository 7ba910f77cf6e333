DAY = "2025-05-15"
SENTS = [
 ("Luiz Inácio Lula da Silva was received by Xi Jinping in the Great Hall of the People on Tuesday, where the two signed some 20 cooperation agreements.", ["person:luiz-inacio-lula-da-silva MEETS person:xi-jinping", "person:luiz-inacio-lula-da-silva MEETS CHN"], []),
 ("China is Brazil's largest trading partner and the main buyer of its soybeans and iron ore.", ["CHN TRADES_WITH BRA"]),
 ("Chinese companies pledged to invest 27 billion reais in Brazil.", [], ["CHN TRADES_WITH BRA"]),
 ("Lula also attended a forum of China and the Community of Latin American and Caribbean States.", [], []),
 ("Brazil has so far declined to join the Belt and Road Initiative.", [], []),
]
