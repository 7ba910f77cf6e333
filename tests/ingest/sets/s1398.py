DAY = "2023-06-23"
SENTS = [
 ("Narendra Modi was welcomed at the White House on Thursday with a 21-gun salute, on his first state visit to the United States.", ["person:narendra-modi MEETS USA"], []),
 ("General Electric agreed to produce engines for Indian fighter jets with Hindustan Aeronautics.", [], ["USA SUPPLIES_ARMS IND"]),
 ("India will also buy 31 MQ-9B drones from the United States, the two governments said.", [], ["USA SUPPLIES_ARMS IND"]),
 ("Modi addressed a joint session of Congress, where he criticised Pakistan for supporting cross-border terrorism.", ["person:narendra-modi CONDEMNS PAK"], []),
 ("Joe Biden hosted Modi at a state dinner and called the relationship between the United States and India one of the most consequential in the world.", ["person:joe-biden MEETS person:narendra-modi"], ["person:narendra-modi MEETS USA", "USA ALLIED_WITH IND"]),
]
