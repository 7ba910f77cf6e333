DAY = "2025-04-06"
SENTS = [
 ("India and Sri Lanka signed their first defence cooperation pact during a visit to Colombo by Narendra Modi on Saturday.", ["IND ALLIED_WITH LKA", "person:narendra-modi MEETS LKA"], ["IND MEETS LKA"]),
 ("President Anura Kumara Dissanayake pledged that Sri Lankan territory would never be used against India's security interests.", [], ["person:anura-kumara-dissanayake LEADS LKA"]),
 ("China has lent Sri Lanka billions of dollars for ports and roads, including the Hambantota port it now leases.", ["CHN SUPPORTS LKA"], []),
 ("New Delhi extended about 4 billion dollars in emergency aid to Colombo during the 2022 economic crisis.", ["IND SUPPORTS LKA"]),
 ("Modi also visited the ancient city of Anuradhapura with Dissanayake.", ["person:narendra-modi MEETS person:anura-kumara-dissanayake"], []),
]
