DAY = "1981-02-27"
SENTS = [
 ("Prime Minister Margaret Thatcher became the first foreign head of government to be received by President Reagan at the White House on Thursday.", ["person:margaret-thatcher MEETS person:ronald-reagan", "person:margaret-thatcher MEETS USA"], ["person:margaret-thatcher LEADS GBR", "person:ronald-reagan LEADS USA"]),
 ("She told him Britain would stand by the United States in resisting Soviet expansion, and he called her a friend and ally of America.", [], ["GBR SUPPORTS USA", "GBR ALLIED_WITH USA", "person:margaret-thatcher ALLIED_WITH USA"]),
 ("Mrs. Thatcher backed Washington's plan to station cruise missiles in Western Europe, including 160 at bases in Britain.", [], ["person:margaret-thatcher SUPPORTS USA", "USA DEPLOYS_TROOPS GBR"]),
 ("The two also discussed El Salvador, where the United States has sent military advisers to help the government fight left-wing guerrillas.", ["USA SUPPORTS SLV"], ["USA DEPLOYS_TROOPS SLV"]),
]
