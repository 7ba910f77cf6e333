DAY = "1947-12-15"
SENTS = [
 ("The Council of Foreign Ministers broke up in London tonight without setting a date for its next session, after three weeks of deadlock over Germany.", [], []),
 ("Secretary Marshall proposed the adjournment after Mr. Molotov accused the Western powers of using the Marshall Plan to split Germany.", [], ["person:vyacheslav-molotov CONDEMNS bloc:WEST"]),
 ("Foreign Secretary Bevin said Britain could no longer wait for Soviet agreement on the economic unity of Germany.", [], []),
 ("France's Georges Bidault sided with the American and British delegates on the question of reparations.", ["person:georges-bidault SUPPORTS USA", "person:georges-bidault SUPPORTS GBR"], ["FRA SUPPORTS USA", "FRA SUPPORTS GBR"]),
 ("The Soviet Union has been taking reparations out of its zone of Germany since 1945.", [], ["SUN DEPLOYS_TROOPS DEU"]),
]
