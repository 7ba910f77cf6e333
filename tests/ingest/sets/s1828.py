DAY = "2019-08-17"
SENTS = [
 ("The Trump administration has approved the sale of 66 F-16 fighter jets to Taiwan in a deal worth about 8 billion dollars, a senior official said on Friday.", ["USA SUPPLIES_ARMS TWN"], []),
 ("It would be the largest single arms sale to the island in decades.", [], []),
 ("China said the sale was a gross interference in its internal affairs and threatened to impose sanctions on the American companies involved.", [], ["CHN CONDEMNS USA", "CHN SANCTIONS USA"]),
 ("Taiwan's President Tsai Ing-wen thanked Washington for its support.", ["person:tsai-ing-wen LEADS TWN"], ["USA SUPPORTS TWN"]),
 ("The United States is Taiwan's main arms supplier, although it does not formally recognise the government in Taipei.", ["USA SUPPLIES_ARMS TWN"], []),
]
