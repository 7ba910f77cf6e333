DAY = "2008-05-07"
SENTS = [
 ("Dmitry Medvedev was sworn in as Russia's third president in a Kremlin ceremony on Wednesday.", ["person:dmitry-medvedev LEADS RUS"], []),
 ("Medvedev immediately nominated Vladimir Putin, his predecessor and mentor, as prime minister.", [], ["person:vladimir-putin LEADS RUS"]),
 ("Columns of tanks and missile launchers rehearsed for Friday's Victory Day parade, the first since 1990 to include heavy weaponry on Red Square.", [], []),
 ("Georgia accused Russia of sending hundreds of troops into its breakaway region of Abkhazia without its consent.", ["GEO CONDEMNS RUS"], ["RUS DEPLOYS_TROOPS GEO"]),
 ("President George W. Bush called Medvedev to congratulate him and invited him to the G8 summit in Japan in July.", ["person:dmitry-medvedev MEETS person:george-w-bush"], ["person:george-w-bush SUPPORTS person:dmitry-medvedev", "person:george-w-bush LEADS USA", "RUS MEMBER_OF org:G8"]),
]
