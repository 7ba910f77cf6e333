DAY = "1979-05-04"
SENTS = [
 ("Margaret Thatcher became Britain's first woman prime minister on Friday after the Conservatives won a majority of 43 seats in the general election.", ["person:margaret-thatcher LEADS GBR"], []),
 ("James Callaghan, the outgoing Labour prime minister, conceded defeat at noon.", [], ["person:james-callaghan LEADS GBR"]),
 ("Mrs. Thatcher has promised to take a tougher line with the Soviet Union, which she has accused of seeking world domination.", ["person:margaret-thatcher CONDEMNS SUN"], []),
 ("President Carter telephoned her to offer his congratulations, the White House said.", ["person:jimmy-carter MEETS person:margaret-thatcher"], ["person:jimmy-carter LEADS USA", "person:jimmy-carter SUPPORTS person:margaret-thatcher"]),
 ("Chancellor Helmut Schmidt of West Germany said he looked forward to working closely with the new British government.", ["person:helmut-schmidt LEADS DEU"], ["DEU ALLIED_WITH GBR"]),
]
