DAY = "2024-03-08"
SENTS = [
 ("Sweden became the 32nd member of NATO on Thursday, ending two centuries of neutrality.", ["SWE MEMBER_OF org:NATO"]),
 ("Prime Minister Ulf Kristersson handed over the accession documents to Secretary of State Antony Blinken in Washington.", ["person:ulf-kristersson MEETS person:antony-blinken", "person:ulf-kristersson MEETS USA"], ["person:ulf-kristersson LEADS SWE"]),
 ("Turkey and Hungary had held up Sweden's bid for almost two years.", [], []),
 ("Ankara demanded that Stockholm crack down on Kurdish militants it accuses of terrorism.", [], []),
 ("Hungary was the last member to ratify the accession, after Viktor Orbán received Kristersson in Budapest.", ["person:viktor-orban MEETS person:ulf-kristersson", "person:ulf-kristersson MEETS HUN"], ["HUN MEMBER_OF org:NATO"]),
]
