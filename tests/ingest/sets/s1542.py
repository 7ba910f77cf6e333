DAY = "2017-12-06"
SENTS = [
 ("Donald Trump recognised Jerusalem as Israel's capital on Wednesday, reversing decades of US policy and ordering the State Department to begin moving the embassy from Tel Aviv.", ["person:donald-trump SUPPORTS ISR"], []),
 ("Benjamin Netanyahu called it a historic day, while Palestinian President Mahmoud Abbas said the United States could no longer act as a peace broker.", ["person:mahmoud-abbas LEADS PSE"], ["person:mahmoud-abbas CONDEMNS USA", "person:benjamin-netanyahu SUPPORTS person:donald-trump"]),
 ("Britain, France and Germany said they disagreed with the decision, and Turkey called it null and void.", [], ["GBR CONDEMNS USA", "FRA CONDEMNS USA", "DEU CONDEMNS USA", "TUR CONDEMNS USA"]),
 ("Turkey's president, Recep Tayyip Erdogan, called Israel a terrorist state and said Trump's decision was a gift to extremists.", ["person:recep-tayyip-erdogan LEADS TUR", "person:recep-tayyip-erdogan CONDEMNS ISR", "person:recep-tayyip-erdogan CONDEMNS person:donald-trump"], []),
 ("Egypt drafted a Security Council resolution demanding that the decision be withdrawn, which the United States vetoed on December 18.", [], ["USA VETOES ISR", "USA VETOES EGY"]),
]
