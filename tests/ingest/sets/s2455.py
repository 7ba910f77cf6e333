DAY = "2017-11-17"
SENTS = [
 ("Lebanese Prime Minister Saad Hariri accepted an invitation from French President Emmanuel Macron to travel to Paris with his family, two weeks after announcing his resignation in a televised address from Riyadh.", ["person:saad-hariri LEADS LBN", "person:emmanuel-macron LEADS FRA"], ["person:emmanuel-macron SUPPORTS person:saad-hariri", "person:saad-hariri MEETS FRA", "person:saad-hariri MEETS person:emmanuel-macron"]),
 ("Lebanese President Michel Aoun had accused Saudi Arabia of holding Hariri against his will, a charge Riyadh denied.", ["person:michel-aoun LEADS LBN", "person:michel-aoun CONDEMNS SAU"], []),
 ("Saudi Arabia recalled its ambassador from Berlin after German Foreign Minister Sigmar Gabriel criticised what he called Riyadh's adventurism in the region.", ["person:sigmar-gabriel CONDEMNS SAU"], ["SAU SANCTIONS DEU", "SAU CONDEMNS DEU", "DEU CONDEMNS SAU"]),
 ("Macron made an unscheduled stop in Riyadh last week for talks with Crown Prince Mohammed bin Salman.", ["person:emmanuel-macron MEETS SAU", "person:emmanuel-macron MEETS person:mohammed-bin-salman"], []),
 ("Saudi Arabia accuses Iran and its ally Hezbollah, which is part of Lebanon's government, of spreading chaos across the region.", ["SAU CONDEMNS IRN", "SAU CONDEMNS org:HEZBOLLAH", "IRN ALLIED_WITH org:HEZBOLLAH"], []),
]
