DAY = "2008-02-19"
SENTS = [
 ("The United States, Britain, France and Germany recognised Kosovo's independence on Monday, a day after its parliament declared a break with Serbia.", ["USA SUPPORTS XKX", "GBR SUPPORTS XKX", "FRA SUPPORTS XKX", "DEU SUPPORTS XKX"], []),
 ("Serbia recalled its ambassador from Washington in protest and vowed never to accept the loss of its province.", ["SRB CONDEMNS USA"], []),
 ("Russia, Belgrade's traditional ally, said the declaration violated international law and blocked Kosovo's membership of the United Nations.", ["RUS ALLIED_WITH SRB"], ["RUS CONDEMNS XKX"]),
 ("Spain, which faces its own separatist movements, refused to recognise the new state.", [], []),
 ("About 16,000 NATO peacekeepers remain in Kosovo.", ["org:NATO DEPLOYS_TROOPS XKX"], []),
]
