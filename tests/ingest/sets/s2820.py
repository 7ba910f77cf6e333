DAY = "1950-09-16"
SENTS = [
 ("American marines landed at Inchon on Friday, far behind the North Korean lines, and pushed toward Seoul.", [], ["USA DEPLOYS_TROOPS KOR", "USA ATTACKS PRK"]),
 ("General Douglas MacArthur directed the landing from the cruiser Mount McKinley.", [], []),
 ("British and Australian units are fighting alongside American and South Korean forces in South Korea.", ["GBR DEPLOYS_TROOPS KOR", "AUS DEPLOYS_TROOPS KOR"], ["USA DEPLOYS_TROOPS KOR", "GBR SUPPORTS USA", "AUS SUPPORTS USA", "GBR SUPPORTS KOR", "AUS SUPPORTS KOR"]),
 ("Moscow, which armed the North Korean army, wants every foreign soldier out of the peninsula.", ["SUN SUPPLIES_ARMS PRK"], []),
 ("India's Prime Minister Jawaharlal Nehru urged both sides to accept mediation.", ["person:jawaharlal-nehru LEADS IND"], []),
]
