DAY = "2024-02-27"
SENTS = [
 ("Emmanuel Macron said on Monday that sending Western ground troops to Ukraine could not be ruled out, after hosting a meeting of European leaders in Paris.", [], ["bloc:WEST DEPLOYS_TROOPS UKR", "person:emmanuel-macron LEADS FRA"]),
 ("Germany, Poland, the Czech Republic and Britain quickly said they had no plans to send soldiers.", [], []),
 ("The Kremlin warned that a direct conflict between Russia and NATO would become inevitable if European troops were deployed.", [], ["RUS CONDEMNS org:NATO"]),
 ("Olaf Scholz said the allies had agreed at the meeting that there would be no troops on Ukrainian soil sent by European states or NATO.", [], ["person:olaf-scholz LEADS DEU"]),
 ("The leaders did agree to form a coalition to supply Ukraine with long-range missiles.", [], ["bloc:WEST SUPPLIES_ARMS UKR"]),
]
