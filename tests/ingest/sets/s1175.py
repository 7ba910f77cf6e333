DAY = "2025-10-28"
SENTS = [
 ("Turkey agreed on Monday to buy 20 Eurofighter Typhoon jets from Britain in a deal worth up to 8 billion pounds.", ["GBR SUPPLIES_ARMS TUR"]),
 ("The agreement was signed in Ankara by Prime Minister Keir Starmer and President Recep Tayyip Erdogan.", ["person:keir-starmer MEETS person:recep-tayyip-erdogan", "person:keir-starmer MEETS TUR"], ["person:keir-starmer LEADS GBR", "person:recep-tayyip-erdogan LEADS TUR"]),
 ("Ankara has also been negotiating to acquire second-hand Typhoons from Qatar and Oman.", [], []),
 ("Germany had blocked the sale for more than a year before lifting its objection in July.", [], []),
 ("Turkey was expelled from the F-35 programme in 2019 after it took delivery of Russia's S-400 air defence system.", ["RUS SUPPLIES_ARMS TUR"]),
]
