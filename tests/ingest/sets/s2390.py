DAY = "2013-11-15"
SENTS = [
 ("Gambia said it was cutting diplomatic ties with Taiwan with immediate effect, citing its strategic national interest.", [], ["GMB SANCTIONS TWN"]),
 ("Taiwan's foreign ministry said it was shocked and regretted the decision, and that it would suspend aid projects in the West African country.", [], ["TWN CONDEMNS GMB", "TWN SANCTIONS GMB"]),
 ("China said it had not been in contact with Gambia about establishing relations and had learned of the move from news reports.", [], []),
 ("Yahya Jammeh, who has ruled Gambia since seizing power in a 1994 coup, visited Taipei several times and praised the island's help in farming and health.", ["person:yahya-jammeh LEADS GMB", "person:yahya-jammeh MEETS TWN", "person:yahya-jammeh SUPPORTS TWN"], ["TWN SUPPORTS GMB"]),
 ("Beijing and Taipei have observed an informal truce in their competition for allies since Ma Ying-jeou took office in 2008.", [], []),
]
