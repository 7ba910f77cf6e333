DAY = "2009-10-01"
SENTS = [
 ("Iran agreed on Thursday to let UN inspectors visit its newly disclosed enrichment plant near Qom and to send most of its low-enriched uranium to Russia for processing, Western officials said.", [], ["IRN TRADES_WITH RUS", "IRN SUPPORTS org:UN"]),
 ("The concessions came at talks in Geneva between Iran and six world powers: the United States, Russia, China, Britain, France and Germany.", [], ["IRN MEETS USA", "IRN MEETS RUS", "IRN MEETS CHN", "IRN MEETS GBR", "IRN MEETS FRA", "IRN MEETS DEU"]),
 ("William Burns, the American under secretary of state, met Iran's chief nuclear negotiator, Saeed Jalili, for 45 minutes on the sidelines, the highest-level contact between the two countries in three decades.", ["person:saeed-jalili MEETS person:william-burns"], ["USA MEETS IRN", "person:william-burns MEETS IRN", "person:saeed-jalili MEETS USA"]),
 ("President Barack Obama called the talks a constructive beginning but warned that Iran must take concrete steps.", [], ["person:barack-obama LEADS USA", "person:barack-obama CONDEMNS IRN"]),
 ("Israel, which regards Iran's nuclear programme as a threat to its existence, has not ruled out military action.", [], ["ISR CONDEMNS IRN"]),
 ("Russia has sold Iran air defence systems and is completing the Bushehr nuclear power plant.", ["RUS SUPPLIES_ARMS IRN"], ["RUS TRADES_WITH IRN"]),
]
