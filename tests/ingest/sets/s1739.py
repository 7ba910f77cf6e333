DAY = "1983-10-26"
SENTS = [
 ("About 1,900 US Marines and Army Rangers invaded Grenada on Tuesday, days after a military coup in which Prime Minister Maurice Bishop was killed.", ["USA ATTACKS GRD"], ["USA DEPLOYS_TROOPS GRD", "person:maurice-bishop LEADS GRD"]),
 ("Troops from Jamaica, Barbados and four smaller eastern Caribbean states joined the operation.", [], ["JAM DEPLOYS_TROOPS GRD", "BRB DEPLOYS_TROOPS GRD"]),
 ("President Ronald Reagan said the invasion was necessary to protect some 800 American medical students on the island.", [], ["person:ronald-reagan LEADS USA", "USA ATTACKS GRD"]),
 ("Britain's Prime Minister Margaret Thatcher, whose government had not been consulted, criticised the intervention.", ["person:margaret-thatcher LEADS GBR"], ["GBR CONDEMNS USA", "person:margaret-thatcher CONDEMNS USA"]),
 ("The United States vetoed a Security Council resolution deploring the armed intervention in Grenada.", ["USA VETOES GRD"], []),
]
