DAY = "1999-08-11"
SENTS = [
 ("Indian fighter jets shot down a Pakistani navy patrol plane near the border with Gujarat on Tuesday, killing all 16 people on board.", ["IND ATTACKS PAK"], []),
 ("Pakistan said the Atlantique had been unarmed and inside its own airspace when it was hit, and Prime Minister Nawaz Sharif called the attack barbaric.", [], ["person:nawaz-sharif LEADS PAK", "person:nawaz-sharif CONDEMNS IND", "PAK CONDEMNS IND"]),
 ("New Delhi insisted the plane had intruded into Indian airspace and turned towards the fighters.", [], ["IND CONDEMNS PAK"]),
 ("A day later Pakistani troops fired a missile at Indian helicopters carrying journalists to the wreckage.", ["PAK ATTACKS IND"], []),
]
