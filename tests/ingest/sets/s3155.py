DAY = "1989-04-05"
SENTS = [
 ("India closed all but two of the 21 crossing points on its border with Nepal after a trade and transit treaty expired on March 23, cutting off most of the kingdom's supplies of fuel.", [], ["IND SANCTIONS NPL", "IND TRADES_WITH NPL"]),
 ("Nepal accused New Delhi of trying to strangle its economy because Kathmandu had bought anti-aircraft guns from China.", ["NPL CONDEMNS IND", "CHN SUPPLIES_ARMS NPL"], []),
 ("King Birendra's government has appealed to China and Bangladesh for fuel.", [], ["person:birendra LEADS NPL"]),
 ("Rajiv Gandhi's government said the special relationship between the two countries could not survive Nepal's purchase of Chinese weapons.", ["CHN SUPPLIES_ARMS NPL"], ["person:rajiv-gandhi LEADS IND", "IND CONDEMNS NPL"]),
]
