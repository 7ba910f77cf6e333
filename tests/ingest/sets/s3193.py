DAY = "1963-01-14"
SENTS = [
 ("President Sylvanus Olympio of Togo was shot dead outside the American embassy in Lome early on Sunday by soldiers who had risen against him overnight.", ["person:sylvanus-olympio LEADS TGO"], []),
 ("The mutineers asked Nicolas Grunitzky, a former prime minister living in Dahomey, to come home and form a provisional government.", [], ["person:nicolas-grunitzky LEADS TGO"]),
 ("Guinea's President Sekou Toure accused Ghana of a hand in the murder and put his army on alert.", ["person:ahmed-sekou-toure LEADS GIN", "person:ahmed-sekou-toure CONDEMNS GHA"], []),
 ("Kwame Nkrumah, whose quarrel with Olympio over the Ewe lands split between the two countries had long poisoned their relations, denied any part in the plot.", [], ["person:kwame-nkrumah LEADS GHA", "person:kwame-nkrumah CONDEMNS person:sylvanus-olympio"]),
 ("No Western government rushed to deal with the officers, and the American ambassador called the killing an outrage.", [], []),
]
