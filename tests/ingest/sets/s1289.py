DAY = "2024-06-13"
SENTS = [
 ("A Russian nuclear-powered submarine and a frigate docked in Havana on Wednesday after conducting exercises in the Atlantic.", [], ["RUS DEPLOYS_TROOPS CUB"]),
 ("Cuba's foreign ministry said the vessels were not carrying nuclear weapons and posed no threat to the region.", [], []),
 ("The United States sent a fast-attack submarine to the US naval base at Guantanamo Bay on the same day.", [], ["USA DEPLOYS_TROOPS CUB"]),
 ("Canada also sent a patrol ship to Havana.", [], ["CAN DEPLOYS_TROOPS CUB"]),
 ("Moscow has increased oil shipments to Cuba as the island struggles with blackouts.", ["RUS TRADES_WITH CUB"], ["RUS SUPPORTS CUB"]),
]
