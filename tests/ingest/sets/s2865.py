DAY = "1967-12-15"
SENTS = [
 ("King Constantine of Greece flew into exile in Rome on Thursday after his attempt to overthrow the military junta collapsed.", ["person:constantine-ii LEADS GRC"], ["person:constantine-ii MEETS ITA"]),
 ("The junta named General George Zoitakis regent and kept Colonel George Papadopoulos as prime minister.", [], ["person:george-zoitakis LEADS GRC", "person:georgios-papadopoulos LEADS GRC"]),
 ("The Pentagon counts about 2,000 of its servicemen on Greek bases, most of them airmen.", ["USA DEPLOYS_TROOPS GRC"], []),
 ("Washington has held back heavy arms from Athens since the April coup.", [], ["USA SANCTIONS GRC", "USA SUPPLIES_ARMS GRC"]),
 ("Greek troops began leaving Cyprus last week under the settlement that averted war with Turkey.", ["GRC DEPLOYS_TROOPS CYP"], []),
]
