DAY = "2022-07-28"
SENTS = [
 ("Poland signed framework agreements with South Korea on Wednesday to buy 980 K2 tanks, 648 K9 self-propelled howitzers and 48 FA-50 light combat aircraft.", ["KOR SUPPLIES_ARMS POL"], []),
 ("Defence Minister Mariusz Blaszczak said the weapons would replace tanks and artillery that Poland had given to Ukraine.", ["POL SUPPLIES_ARMS UKR"], []),
 ("The first of the tanks are due to arrive before the end of the year.", [], []),
 ("Warsaw had already agreed in April to buy 250 American Abrams tanks.", ["USA SUPPLIES_ARMS POL"], []),
 ("South Korea, which has refused to send lethal weapons to Ukraine, has become one of the world's fastest-growing arms exporters.", [], []),
]
