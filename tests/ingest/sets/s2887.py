DAY = "1955-12-15"
SENTS = [
 ("Premier Bulganin and Nikita Khrushchev ended their Asian tour in Kabul on Wednesday with the promise of a $100 million Soviet loan to Afghanistan.", ["person:nikolai-bulganin MEETS AFG", "person:nikita-khrushchev MEETS AFG"], ["SUN SUPPORTS AFG", "person:nikolai-bulganin LEADS SUN"]),
 ("In Kabul the Soviet leaders backed Afghanistan's demand for self-determination for the Pashtuns of Pakistan.", ["SUN SUPPORTS AFG"], []),
 ("In India, where they spent three weeks, Khrushchev attacked Western colonialism and supported India's claim to Kashmir.", ["person:nikita-khrushchev SUPPORTS IND"], ["person:nikita-khrushchev MEETS IND", "person:nikolai-bulganin MEETS IND", "person:nikita-khrushchev CONDEMNS bloc:WEST"]),
 ("Pakistan, a member of the Baghdad Pact and SEATO, protested to Moscow.", ["PAK CONDEMNS SUN", "PAK MEMBER_OF org:CENTO", "PAK MEMBER_OF org:SEATO"], []),
 ("Britain complained that the visitors had abused their hosts' hospitality by attacking a third country.", [], []),
]
