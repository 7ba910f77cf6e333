DAY = "2025-11-07"
SENTS = [
 ("Kazakhstan will join the Abraham Accords, Donald Trump announced after a dinner with Central Asian leaders at the White House.", [], []),
 ("Kassym-Jomart Tokayev was among the five presidents who attended the dinner.", [], ["person:kassym-jomart-tokayev MEETS person:donald-trump", "person:kassym-jomart-tokayev MEETS USA", "person:kassym-jomart-tokayev LEADS KAZ"]),
 ("Kazakhstan has had full diplomatic relations with Israel since 1992.", [], []),
 ("Uzbekistan signed deals to buy Boeing aircraft, and Kazakhstan agreed to supply tungsten to US companies.", [], ["KAZ TRADES_WITH USA", "UZB TRADES_WITH USA"]),
 ("Russia and China remain Kazakhstan's largest trading partners.", ["RUS TRADES_WITH KAZ", "CHN TRADES_WITH KAZ"]),
]
