DAY = "2008-07-08"
SENTS = [
 ("Secretary of State Condoleezza Rice signed an agreement in Prague on Tuesday to base a radar for an American missile defence system on Czech soil.", ["person:condoleezza-rice MEETS CZE"], ["USA DEPLOYS_TROOPS CZE", "USA ALLIED_WITH CZE"]),
 ("Russia's foreign ministry said Moscow would be forced to respond with military and technical measures if the radar was built.", [], ["RUS CONDEMNS USA", "RUS CONDEMNS CZE"]),
 ("Days later, deliveries of Russian oil through the Druzhba pipeline to Czech refineries fell by almost half, which Prague suspected was a punishment.", ["RUS TRADES_WITH CZE"], ["RUS SANCTIONS CZE", "CZE CONDEMNS RUS"]),
 ("The United States is still negotiating with Poland over the ten interceptor missiles that would complete the system.", [], ["USA MEETS POL"]),
 ("Washington says the shield is meant to counter missiles from Iran, not from Russia.", [], ["USA CONDEMNS IRN"]),
]
