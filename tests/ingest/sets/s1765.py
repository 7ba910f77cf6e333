DAY = "1997-05-27"
SENTS = [
 ("NATO leaders and Russian President Boris Yeltsin signed a charter in Paris on Tuesday that gives Moscow a voice in the alliance's affairs but no veto.", ["person:boris-yeltsin LEADS RUS"], ["RUS ALLIED_WITH org:NATO", "person:boris-yeltsin MEETS org:NATO", "person:boris-yeltsin MEETS FRA"]),
 ("The Founding Act creates a permanent joint council in which Russia and the 16 allies will consult on security in Europe.", [], ["RUS ALLIED_WITH org:NATO"]),
 ("Yeltsin surprised his hosts by announcing that Russia would remove the warheads from all missiles aimed at NATO countries.", [], []),
 ("President Bill Clinton said the agreement ended the old divisions of the Cold War.", [], []),
 ("The alliance is expected to invite Poland, Hungary and the Czech Republic to join at a summit in Madrid in July.", [], []),
 ("Russia still opposes the enlargement, and Foreign Minister Yevgeny Primakov called it the biggest mistake since the end of the war.", [], ["RUS CONDEMNS org:NATO", "person:yevgeny-primakov CONDEMNS org:NATO"]),
]
