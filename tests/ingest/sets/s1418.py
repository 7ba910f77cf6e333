DAY = "2024-02-19"
SENTS = [
 ("Israel declared Brazilian President Luiz Inacio Lula da Silva persona non grata on Monday after he compared Israel's war in Gaza to the Holocaust.", ["ISR CONDEMNS person:luiz-inacio-lula-da-silva", "person:luiz-inacio-lula-da-silva LEADS BRA", "person:luiz-inacio-lula-da-silva CONDEMNS ISR"], []),
 ("Foreign Minister Israel Katz summoned the Brazilian ambassador to the Yad Vashem memorial in Jerusalem.", ["person:israel-katz CONDEMNS BRA"], ["ISR CONDEMNS BRA"]),
 ("Brazil recalled its ambassador to Israel for consultations in response.", ["BRA CONDEMNS ISR"], []),
 ("Lula has condemned Hamas's October 7 attack but called Israel's response genocide.", ["person:luiz-inacio-lula-da-silva CONDEMNS org:HAMAS", "person:luiz-inacio-lula-da-silva CONDEMNS ISR"], ["org:HAMAS ATTACKS ISR"]),
 ("Brazil is Israel's largest trading partner in Latin America.", ["BRA TRADES_WITH ISR"], []),
]
