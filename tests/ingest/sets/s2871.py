DAY = "1948-09-18"
SENTS = [
 ("Count Folke Bernadotte, the United Nations mediator for Palestine, was shot dead by Jewish gunmen in Jerusalem on Friday.", [], []),
 ("The Israeli government denounced the killing and promised to hunt down the assassins, thought to belong to the Stern Gang.", [], []),
 ("Sweden demanded that Israel bring the murderers to justice.", [], ["SWE CONDEMNS ISR"]),
 ("Egyptian forces have attacked Israeli settlements in the Negev despite the truce.", ["EGY ATTACKS ISR"], []),
 ("Moscow and Washington had raced each other to recognize Israel in May.", ["SUN SUPPORTS ISR", "USA SUPPORTS ISR"], []),
]
