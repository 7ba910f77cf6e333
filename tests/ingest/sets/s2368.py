DAY = "2010-09-15"
SENTS = [
 ("Russia and Norway signed a treaty on Wednesday that divides the Barents Sea and part of the Arctic Ocean between them, settling a border dispute that had dragged on for 40 years.", [], ["NOR MEETS RUS"]),
 ("President Dmitry Medvedev and Norwegian Prime Minister Jens Stoltenberg signed the accord in the Arctic port of Murmansk.", ["person:jens-stoltenberg LEADS NOR"], ["person:dmitry-medvedev LEADS RUS", "person:dmitry-medvedev MEETS person:jens-stoltenberg", "person:jens-stoltenberg MEETS RUS"]),
 ("The deal opens a once-disputed zone of 175,000 square kilometres to oil and gas drilling, and Stoltenberg said Norwegian and Russian companies would develop fields that straddle the new line jointly.", [], ["NOR TRADES_WITH RUS"]),
 ("Norway, a founding member of NATO, has watched with concern as Russian bombers resumed long-range patrols near its coast.", ["NOR MEMBER_OF org:NATO"], []),
 ("Medvedev said Russia was ready to cooperate with all its Arctic neighbours, including the United States and Canada, on shipping routes and rescue.", [], []),
]
