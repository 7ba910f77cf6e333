DAY = "1961-01-04"
SENTS = [
 ("The United States broke off diplomatic relations with Cuba on Tuesday night, hours after Premier Fidel Castro ordered the American Embassy in Havana to cut its staff to eleven within 48 hours.", [], ["USA SANCTIONS CUB", "USA CONDEMNS CUB", "person:fidel-castro LEADS CUB"]),
 ("President Eisenhower said there was a limit to what the United States could properly endure, and accused the Castro government of a long series of harassments, baseless accusations and vilification.", ["person:dwight-eisenhower CONDEMNS CUB"], ["person:dwight-eisenhower LEADS USA", "USA CONDEMNS CUB"]),
 ("State Department officials said Cuba had received tanks, field guns and jet fighters from the Soviet Union and Czechoslovakia over the past six months.", ["SUN SUPPLIES_ARMS CUB", "CSK SUPPLIES_ARMS CUB"], []),
 ("Washington has already cut Cuba's sugar quota to nothing and banned most American exports to the island.", ["USA SANCTIONS CUB"], []),
 ("Castro told a rally in Havana that the break had been planned by the Pentagon as a prelude to an invasion.", ["person:fidel-castro CONDEMNS USA"], ["CUB CONDEMNS USA"]),
]
