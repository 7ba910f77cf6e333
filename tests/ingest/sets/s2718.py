DAY = "1989-08-25"
SENTS = [
 ("Mikhail S. Gorbachev telephoned the leader of the Polish Communist Party, Mieczyslaw Rakowski, on Tuesday and urged him to join a government led by Solidarity.", ["person:mikhail-gorbachev MEETS person:mieczyslaw-rakowski"], ["person:mikhail-gorbachev LEADS SUN", "person:mieczyslaw-rakowski LEADS POL", "person:mikhail-gorbachev MEETS POL"]),
 ("Parliament confirmed Tadeusz Mazowiecki, a Catholic editor, as the first non-Communist prime minister in Eastern Europe in four decades on Thursday.", [], ["person:tadeusz-mazowiecki LEADS POL"]),
 ("President Bush called Mr. Mazowiecki to congratulate him and promised American help for the Polish economy.", ["person:george-h-w-bush SUPPORTS person:tadeusz-mazowiecki", "person:george-h-w-bush MEETS person:tadeusz-mazowiecki"], ["person:george-h-w-bush LEADS USA", "USA SUPPORTS POL"]),
 ("Soviet troops stationed in Poland under the Warsaw Pact will remain, a Solidarity spokesman said.", ["SUN DEPLOYS_TROOPS POL"], ["POL MEMBER_OF org:WARSAW_PACT", "SUN MEMBER_OF org:WARSAW_PACT"]),
]
