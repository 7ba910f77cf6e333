DAY = "1946-08-22"
SENTS = [
 ("The United States gave Yugoslavia forty-eight hours today to release the survivors of two American transport planes forced down over Slovenia this month.", [], ["USA CONDEMNS YUG", "YUG ATTACKS USA"]),
 ("Yugoslav fighters shot down the second plane on Monday, killing its crew of five.", [], ["YUG ATTACKS USA"]),
 ("Secretary of State Byrnes, in Paris for the peace conference, said the attacks were an outrage.", [], ["person:james-f-byrnes CONDEMNS YUG"]),
 ("Marshal Tito said the planes had flown over Yugoslav territory without permission many times.", [], ["person:josip-broz-tito CONDEMNS USA", "person:josip-broz-tito LEADS YUG"]),
 ("Washington has suspended the shipment of relief supplies to Yugoslavia until the airmen are freed.", [], ["USA SANCTIONS YUG"]),
]
