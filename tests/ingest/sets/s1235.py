DAY = "2025-06-28"
SENTS = [
 ("The foreign ministers of Rwanda and the Democratic Republic of Congo signed a peace agreement in Washington on Friday in the presence of Secretary of State Marco Rubio.", ["RWA MEETS USA", "COD MEETS USA"], ["RWA MEETS COD", "RWA MEETS person:marco-rubio", "COD MEETS person:marco-rubio"]),
 ("Under the deal, Rwanda is to withdraw its troops from eastern Congo within 90 days.", [], ["RWA DEPLOYS_TROOPS COD"]),
 ("UN experts estimate that between 3,000 and 4,000 Rwandan soldiers are fighting alongside the M23 rebels, who seized Goma and Bukavu this year.", ["RWA SUPPORTS org:M23"], ["RWA DEPLOYS_TROOPS COD", "org:M23 ATTACKS COD"]),
 ("Kigali denies backing the rebels and says its forces are there to defend against the FDLR militia.", [], []),
 ("Qatar is hosting separate talks between Kinshasa and the M23.", ["COD MEETS org:M23"], ["QAT MEETS COD", "QAT MEETS org:M23"]),
]
