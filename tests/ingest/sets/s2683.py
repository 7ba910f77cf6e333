DAY = "1983-03-09"
SENTS = [
 ("President Reagan called the Soviet Union an evil empire on Tuesday in a speech to evangelical Christians in Orlando, Florida.", ["person:ronald-reagan CONDEMNS SUN"], ["person:ronald-reagan LEADS USA"]),
 ("He urged his audience to oppose a nuclear freeze, saying it would reward Moscow's military buildup.", [], []),
 ("The Soviet news agency Tass said the speech showed that the Reagan administration could think only in terms of confrontation.", [], ["SUN CONDEMNS USA"]),
 ("Britain's Prime Minister Margaret Thatcher, Washington's closest ally in Europe, said she shared the President's view of Soviet intentions.", ["person:margaret-thatcher LEADS GBR", "GBR ALLIED_WITH USA"], ["person:margaret-thatcher ALLIED_WITH USA"]),
]
