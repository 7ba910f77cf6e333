DAY = "2024-09-11"
SENTS = [
 ("Antony Blinken said on Tuesday that Iran had delivered Fath-360 close-range ballistic missiles to Russia, which could use them against Ukraine within weeks.", ["IRN SUPPLIES_ARMS RUS"], []),
 ("Britain, France and Germany responded by cancelling their air service agreements with Iran and imposing sanctions on Iran Air.", ["GBR SANCTIONS IRN", "FRA SANCTIONS IRN", "DEU SANCTIONS IRN"], []),
 ("The US Treasury also sanctioned Iranian and Russian shipping companies involved in the transfers.", ["USA SANCTIONS IRN", "USA SANCTIONS RUS"], []),
 ("Tehran called the accusations baseless and said it had not sent any missiles to Moscow.", [], []),
]
