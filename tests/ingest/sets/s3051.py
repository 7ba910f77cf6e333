DAY = "1984-04-23"
SENTS = [
 ("Britain broke off diplomatic relations with Libya on Sunday, five days after a gunman firing from the Libyan embassy in St. James's Square killed a policewoman and wounded eleven Libyan demonstrators.", [], ["GBR CONDEMNS LBY", "GBR SANCTIONS LBY"]),
 ("The Home Secretary, Leon Brittan, gave the thirty people inside the building seven days to leave the country.", [], []),
 ("In Tripoli, Libyan troops surrounded the British embassy, and Colonel Muammar Qaddafi accused Britain of having attacked the bureau's staff.", ["person:muammar-gaddafi CONDEMNS GBR"], []),
 ("Washington gave the British decision its full backing.", ["USA SUPPORTS GBR"], []),
 ("Libya answered by breaking its own relations with London and ordering British diplomats out of Tripoli.", [], ["LBY CONDEMNS GBR", "LBY SANCTIONS GBR"]),
]
