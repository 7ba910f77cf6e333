DAY = "2018-03-07"
SENTS = [
 ("Australia and East Timor signed a treaty at the United Nations in New York on Tuesday that sets their maritime border in the Timor Sea for the first time, ending a long dispute over oil and gas.", [], ["AUS MEETS TLS"]),
 ("Foreign Minister Julie Bishop signed for Australia, and Agio Pereira, a minister in the prime minister's office, for East Timor.", [], ["person:julie-bishop MEETS person:agio-pereira"]),
 ("East Timor had taken Australia to a conciliation commission in The Hague after accusing Canberra of bugging its cabinet office during talks on an earlier deal in 2004.", ["TLS CONDEMNS AUS"], []),
 ("Xanana Gusmao, the independence leader who headed East Timor's negotiating team, said the treaty opened a new chapter in relations between the two neighbours.", [], ["person:xanana-gusmao LEADS TLS"]),
 ("Under the treaty, the two countries will share the revenue from the Greater Sunrise gas field, which lies between them.", [], ["AUS TRADES_WITH TLS"]),
]
