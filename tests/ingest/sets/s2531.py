DAY = "2017-12-11"
SENTS = [
 ("Qatar signed a deal worth about 6 billion pounds on Sunday to buy 24 Typhoon fighter jets from Britain, the latest in a string of arms purchases since its neighbours imposed a blockade on it in June.", ["GBR SUPPLIES_ARMS QAT"], []),
 ("British Defence Secretary Gavin Williamson signed the contract in Doha with his Qatari counterpart, Khalid bin Mohammed al-Attiyah.", [], ["person:gavin-williamson MEETS QAT", "person:gavin-williamson MEETS person:khalid-bin-mohammed-al-attiyah"]),
 ("Earlier in the week Emmanuel Macron visited Doha, where Qatar agreed to buy 12 more Rafale jets from France.", ["FRA SUPPLIES_ARMS QAT"], ["person:emmanuel-macron MEETS QAT"]),
 ("In June Qatar agreed to buy up to 36 F-15 jets from the United States for $12 billion.", ["USA SUPPLIES_ARMS QAT"], []),
 ("Britain is also a major arms supplier to Saudi Arabia, which leads the boycott of Qatar.", ["GBR SUPPLIES_ARMS SAU"], ["SAU SANCTIONS QAT"]),
]
