DAY = "2004-12-29"
SENTS = [
 ("India sent navy ships carrying doctors, food and water to Sri Lanka and the Maldives on Tuesday, while declining offers of foreign aid for its own coast.", ["IND SUPPORTS LKA", "IND SUPPORTS MDV"], []),
 ("The United States, Japan, Australia and India said they would form a core group to coordinate relief for the countries hit by Sunday's tsunami.", [], []),
 ("Washington pledged $35 million and sent disaster experts to Thailand and Sri Lanka.", ["USA SUPPORTS THA", "USA SUPPORTS LKA"], []),
 ("Japan offered $30 million in grants and flew medical teams to Sri Lanka.", ["JPN SUPPORTS LKA"], []),
 ("In Indonesia's Aceh province, where more than 45,000 people are thought to have died, the first planeloads of relief supplies arrived from Singapore and Australia.", [], ["SGP SUPPORTS IDN", "AUS SUPPORTS IDN"]),
]
