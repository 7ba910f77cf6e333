DAY = "1996-08-01"
SENTS = [
 ("Burundi's neighbours imposed economic sanctions on the country on Wednesday in protest at last week's military coup that brought Pierre Buyoya back to power.", [], ["person:pierre-buyoya LEADS BDI"]),
 ("Leaders of Tanzania, Kenya, Uganda, Rwanda, Ethiopia and Zaire agreed at a summit in the northern Tanzanian town of Arusha to halt all trade with Burundi and to close their borders to its goods.", ["TZA SANCTIONS BDI", "KEN SANCTIONS BDI", "UGA SANCTIONS BDI", "RWA SANCTIONS BDI", "ETH SANCTIONS BDI", "COD SANCTIONS BDI"], ["TZA MEETS KEN", "TZA MEETS UGA", "TZA MEETS RWA", "TZA MEETS ETH", "TZA MEETS COD", "KEN MEETS UGA", "KEN MEETS RWA", "KEN MEETS ETH", "KEN MEETS COD", "UGA MEETS RWA", "UGA MEETS ETH", "UGA MEETS COD", "RWA MEETS ETH", "RWA MEETS COD", "ETH MEETS COD"]),
 ("Landlocked Burundi imports nearly all its fuel through the Tanzanian port of Dar es Salaam.", ["BDI TRADES_WITH TZA"], []),
 ("Julius Nyerere, Tanzania's former president, has mediated between Burundi's Hutu and Tutsi politicians since March.", [], []),
 ("The Organization of African Unity endorsed the sanctions, and the United States suspended its aid to Bujumbura.", [], ["org:AU SANCTIONS BDI", "USA SUPPORTS BDI", "USA SANCTIONS BDI"]),
]
