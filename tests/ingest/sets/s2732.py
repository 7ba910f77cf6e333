DAY = "1963-10-10"
SENTS = [
 ("President Kennedy announced on Wednesday that he would allow American grain dealers to sell up to $250 million worth of wheat to the Soviet Union.", [], ["person:john-f-kennedy LEADS USA", "USA TRADES_WITH SUN"]),
 ("Moscow, short of grain after a poor harvest, has already bought wheat from Canada and Australia this year.", ["SUN TRADES_WITH CAN", "SUN TRADES_WITH AUS"], []),
 ("Mr. Kennedy said the sale would show that a peaceful agreement with the Soviet Union could benefit both countries.", [], []),
 ("Senator Barry Goldwater called the deal a mistake that would help the Communists feed Cuba.", [], []),
]
