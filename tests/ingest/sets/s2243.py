DAY = "1962-12-21"
SENTS = [
 ("President Kennedy and Prime Minister Harold Macmillan agreed in Nassau on Friday that the United States would supply Britain with Polaris missiles for British-built submarines.", ["person:harold-macmillan MEETS person:john-f-kennedy"], ["USA SUPPLIES_ARMS GBR", "person:harold-macmillan LEADS GBR", "person:john-f-kennedy LEADS USA"]),
 ("The deal replaces the Skybolt missile, which Washington cancelled last month, angering London.", [], ["GBR CONDEMNS USA"]),
 ("The missiles will be assigned to a NATO multilateral force, except when Britain decides its supreme national interests are at stake.", [], []),
 ("France, which is building its own nuclear force, was offered Polaris missiles on the same terms.", [], ["USA SUPPLIES_ARMS FRA"]),
 ("Macmillan, who flew to the Bahamas from London, had earlier met President de Gaulle at Rambouillet.", ["person:charles-de-gaulle MEETS person:harold-macmillan"], ["person:charles-de-gaulle LEADS FRA", "person:harold-macmillan MEETS FRA", "person:harold-macmillan MEETS BHS"]),
]
