DAY = "2022-05-31"
SENTS = [
 ("European Union leaders agreed late on Monday to ban most imports of Russian oil by the end of the year, in the toughest sanctions yet over Moscow's war in Ukraine.", ["org:EU SANCTIONS RUS", "RUS ATTACKS UKR"], []),
 ("Pipeline deliveries were exempted after Hungary threatened to block the package, saying a full embargo would destroy its economy.", [], ["HUN VETOES RUS"]),
 ("Hungarian Prime Minister Viktor Orban called the compromise a good result.", ["person:viktor-orban LEADS HUN"], []),
 ("The package also removes Sberbank, Russia's largest lender, from the SWIFT payments system.", [], ["org:EU SANCTIONS RUS"]),
 ("The Kremlin said the embargo would hurt Europe more than Russia, and that its oil would find other buyers in Asia.", [], ["RUS CONDEMNS org:EU"]),
 ("India and China have sharply increased their purchases of discounted Russian crude since the invasion began.", ["RUS TRADES_WITH IND", "RUS TRADES_WITH CHN"], []),
]
