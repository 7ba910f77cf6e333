DAY = "1961-03-24"
SENTS = [
 ("Standing before three maps of Laos at his news conference on Thursday, President Kennedy said a Communist takeover there would endanger the whole of Southeast Asia.", [], ["person:john-f-kennedy LEADS USA"]),
 ("An airlift of Soviet Ilyushins out of Hanoi has kept the rebels supplied with guns and shells since December.", [], []),
 ("The Seventh Fleet has moved into the South China Sea, and some 500 marines have been flown to Thailand, close to the Laotian border.", [], ["USA DEPLOYS_TROOPS THA"]),
 ("Britain proposed to the Soviet Union that the two co-chairmen of the Geneva conference call jointly for a ceasefire.", [], ["GBR MEETS SUN"]),
 ("Mr. Kennedy will see Prime Minister Macmillan at Key West on Sunday to discuss the crisis.", [], ["person:john-f-kennedy MEETS person:harold-macmillan"]),
 ("The SEATO council, which meets in Bangkok next week, is to weigh sending troops.", [], []),
]
