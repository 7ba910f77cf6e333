DAY = "2017-01-30"
SENTS = [
 ("Iraq's parliament voted on Monday to ask the government to reciprocate if Washington did not withdraw an executive order barring Iraqi citizens from entering the United States for 90 days.", [], ["USA SANCTIONS IRQ", "IRQ SANCTIONS USA"]),
 ("Iran said it would bar American visitors in retaliation for the order, which also applies to Iran, Syria, Sudan, Somalia, Libya and Yemen.", [], ["IRN SANCTIONS USA", "USA SANCTIONS IRN"]),
 ("Prime Minister Haider al-Abadi said Baghdad would not retaliate for now, noting that American troops were helping Iraqi forces fight the Islamic State in Mosul.", ["USA SUPPORTS IRQ", "IRQ ATTACKS org:ISIS"], ["person:haider-al-abadi LEADS IRQ", "USA DEPLOYS_TROOPS IRQ", "USA ATTACKS org:ISIS"]),
 ("German Chancellor Angela Merkel told Trump in a telephone call that the fight against terrorism did not justify suspicion of people of a particular faith.", ["person:angela-merkel MEETS person:donald-trump", "person:angela-merkel LEADS DEU"], ["person:angela-merkel CONDEMNS person:donald-trump"]),
 ("Britain said it would not follow the American measures.", [], []),
]
