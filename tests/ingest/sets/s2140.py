DAY = "1994-09-20"
SENTS = [
 ("About 3,000 American troops landed in Haiti on Monday without firing a shot, a day after former President Jimmy Carter negotiated an agreement under which the military leaders will step down by October 15.", ["USA DEPLOYS_TROOPS HTI"], []),
 ("Carter, Senator Sam Nunn and General Colin Powell met Lieutenant General Raoul Cedras in Port-au-Prince for two days before the deal was struck.", ["person:jimmy-carter MEETS person:raoul-cedras", "person:jimmy-carter MEETS HTI"], ["person:sam-nunn MEETS person:raoul-cedras", "person:colin-powell MEETS person:raoul-cedras", "person:sam-nunn MEETS HTI", "person:colin-powell MEETS HTI"]),
 ("President Bill Clinton said the troops would restore Haiti's elected president, Jean-Bertrand Aristide, who has been in exile in Washington since a coup in 1991.", ["person:jean-bertrand-aristide LEADS HTI"], ["person:bill-clinton LEADS USA", "USA SUPPORTS person:jean-bertrand-aristide", "person:bill-clinton SUPPORTS person:jean-bertrand-aristide"]),
 ("Several Caribbean nations, including Jamaica and Barbados, have promised to send police and soldiers to join the force.", [], ["JAM DEPLOYS_TROOPS HTI", "BRB DEPLOYS_TROOPS HTI"]),
 ("The Security Council authorised the invasion in July.", [], ["org:UNSC SUPPORTS USA"]),
]
