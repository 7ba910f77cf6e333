DAY = "2021-11-03"
SENTS = [
 ("President Joe Biden said on Tuesday that he would suspend Ethiopia from a trade programme that gives African countries duty-free access to the American market, citing gross violations of human rights in Tigray.", [], ["USA SANCTIONS ETH", "person:joe-biden CONDEMNS ETH", "person:joe-biden LEADS USA"]),
 ("Guinea and Mali, where the military has seized power, will also lose their benefits under the African Growth and Opportunity Act.", [], ["USA SANCTIONS GIN", "USA SANCTIONS MLI"]),
 ("Ethiopia's government called the decision disappointing and urged Washington to reverse it.", [], ["ETH CONDEMNS USA"]),
 ("Tigrayan forces, who have joined forces with the Oromo Liberation Army, are advancing towards Addis Ababa.", [], []),
 ("The United States has urged its citizens to leave Ethiopia and the African Union has called for an immediate ceasefire.", [], []),
]
