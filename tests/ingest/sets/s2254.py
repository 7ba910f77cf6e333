DAY = "2000-07-25"
SENTS = [
 ("The Camp David summit between Prime Minister Ehud Barak and Yasser Arafat ended without agreement on Tuesday after 15 days of talks, the White House said.", ["person:ehud-barak MEETS person:yasser-arafat"], ["person:ehud-barak LEADS ISR"]),
 ("President Clinton said the main obstacle had been the future of Jerusalem.", [], ["person:bill-clinton LEADS USA"]),
 ("Clinton praised Barak for his courage and said Arafat had been less flexible.", [], ["person:bill-clinton SUPPORTS person:ehud-barak", "person:bill-clinton CONDEMNS person:yasser-arafat"]),
 ("Egypt's President Hosni Mubarak, whom Clinton had asked to press Arafat, said no Arab leader could give up Jerusalem.", ["person:hosni-mubarak LEADS EGY"], []),
 ("Arafat has threatened to declare a Palestinian state on September 13 with or without an agreement.", [], []),
]
