DAY = "1975-06-06"
SENTS = [
 ("President Sadat reopened the Suez Canal on Thursday, eight years after the June war closed it, sailing through it aboard an Egyptian destroyer.", [], ["person:anwar-sadat LEADS EGY"]),
 ("American and British Navy teams helped clear the waterway of mines and wrecks.", [], ["USA SUPPORTS EGY", "GBR SUPPORTS EGY"]),
 ("Sadat called the reopening a gesture of peace, but Israel said it meant little so long as Egypt barred Israeli cargoes from the canal.", ["EGY SANCTIONS ISR"], []),
 ("Israeli troops still hold a strip of the Sinai east of the canal.", [], ["ISR DEPLOYS_TROOPS EGY"]),
 ("The Shah of Iran, whose tankers will save weeks on the voyage to Europe, sent his congratulations.", [], ["person:mohammad-reza-pahlavi LEADS IRN", "person:mohammad-reza-pahlavi SUPPORTS person:anwar-sadat", "IRN SUPPORTS EGY"]),
]
