DAY = "2016-05-23"
SENTS = [
 ("India and Iran signed an agreement on Monday to develop the port of Chabahar, giving New Delhi a route to Afghanistan that bypasses Pakistan.", ["IND TRADES_WITH IRN"], []),
 ("Prime Minister Narendra Modi, on his first visit to Tehran, said India would invest up to $500 million in the project.", ["person:narendra-modi MEETS IRN"], ["person:narendra-modi LEADS IND", "IND TRADES_WITH IRN"]),
 ("Afghan President Ashraf Ghani joined Modi and Hassan Rouhani to sign a trilateral transit agreement.", ["person:ashraf-ghani LEADS AFG", "person:ashraf-ghani MEETS person:narendra-modi", "person:ashraf-ghani MEETS person:hassan-rouhani", "person:hassan-rouhani MEETS person:narendra-modi"], ["person:ashraf-ghani MEETS IRN"]),
 ("China is building a rival port at Gwadar in Pakistan, less than 100 miles to the east, as part of its economic corridor.", ["CHN TRADES_WITH PAK"], []),
 ("Washington, which lifted nuclear sanctions on Iran in January, said it was watching the deals closely.", [], ["USA SANCTIONS IRN"]),
]
