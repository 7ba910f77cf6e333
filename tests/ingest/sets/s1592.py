DAY = "2021-11-10"
SENTS = [
 ("Poland has deployed 15,000 soldiers to its border with Belarus, where several thousand migrants are camped in freezing forests.", [], []),
 ("Warsaw accuses Minsk of luring the migrants from the Middle East with promises of easy passage into the EU, a charge Alexander Lukashenko rejects.", ["POL CONDEMNS BLR"], []),
 ("European Council President Charles Michel said the bloc would consider new sanctions against Belarus, including on airlines that fly migrants to Minsk.", [], ["org:EU SANCTIONS BLR", "person:charles-michel LEADS org:EUCO"]),
 ("Russia sent two nuclear-capable bombers on a patrol over Belarus in a show of support for its ally.", ["RUS SUPPORTS BLR"], ["RUS ALLIED_WITH BLR"]),
 ("Angela Merkel asked Vladimir Putin in a phone call to use his influence over Minsk.", ["person:angela-merkel MEETS person:vladimir-putin"], []),
]
