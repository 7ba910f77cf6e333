DAY = "2005-07-18"
SENTS = [
 ("President George W. Bush and Indian Prime Minister Manmohan Singh agreed at the White House on Monday to lift restrictions on civilian nuclear trade with New Delhi.", ["person:manmohan-singh LEADS IND", "person:george-w-bush MEETS person:manmohan-singh"], ["USA TRADES_WITH IND", "person:manmohan-singh MEETS USA", "person:george-w-bush LEADS USA"]),
 ("Under the deal, India will separate its civilian and military nuclear facilities and place the civilian ones under inspections by the International Atomic Energy Agency.", [], []),
 ("Washington imposed sanctions on New Delhi after its nuclear tests in 1998 but lifted most of them in 2001.", ["USA SANCTIONS IND"], []),
 ("Pakistan, which is not covered by the agreement, said it wanted the same treatment and warned that the deal could spark an arms race in South Asia.", [], ["PAK CONDEMNS USA"]),
 ("The two countries also signed a ten-year defence framework last month that provides for joint weapons production and more military exercises.", ["USA ALLIED_WITH IND"], []),
 ("India is one of the largest buyers of Russian weapons, including fighter jets and tanks.", ["RUS SUPPLIES_ARMS IND"], []),
]
