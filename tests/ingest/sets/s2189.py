DAY = "1988-05-30"
SENTS = [
 ("President Ronald Reagan arrived in Moscow on Sunday for his fourth summit with Mikhail Gorbachev.", ["person:ronald-reagan MEETS SUN"], ["person:ronald-reagan MEETS person:mikhail-gorbachev", "person:ronald-reagan LEADS USA"]),
 ("Gorbachev welcomed Reagan in St George's Hall of the Kremlin.", ["person:mikhail-gorbachev MEETS person:ronald-reagan"], []),
 ("The two leaders are expected to exchange the ratification documents of the treaty eliminating medium-range missiles.", [], []),
 ("Britain's Prime Minister Margaret Thatcher, who met Reagan in London on his way to Moscow, praised his firmness.", ["person:margaret-thatcher LEADS GBR", "person:margaret-thatcher MEETS person:ronald-reagan"], ["person:ronald-reagan MEETS GBR", "person:margaret-thatcher SUPPORTS person:ronald-reagan"]),
 ("Soviet officials said the summit would focus on human rights and regional conflicts.", [], []),
]
