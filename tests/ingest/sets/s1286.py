DAY = "2025-10-08"
SENTS = [
 ("Mark Carney met Donald Trump in the Oval Office on Tuesday for the second time since taking office, seeking relief from tariffs on Canadian steel, aluminium and cars.", ["person:mark-carney MEETS person:donald-trump", "person:mark-carney MEETS USA"], []),
 ("Trump praised Carney as a world-class leader but said Canada would not get special treatment.", ["person:donald-trump SUPPORTS person:mark-carney"], []),
 ("About three quarters of Canada's exports go to the United States.", ["CAN TRADES_WITH USA"]),
 ("Ottawa has retaliated with counter-tariffs on some American goods.", [], ["CAN SANCTIONS USA"]),
 ("Canada is also trying to expand trade with Europe and Asia.", [], []),
]
