DAY = "1987-08-03"
SENTS = [
 ("Mobs in Tehran ransacked the Saudi and Kuwaiti embassies on Saturday, a day after more than 400 people, most of them Iranian pilgrims, died in clashes with Saudi police in Mecca.", [], []),
 ("From Tehran, Ayatollah Khomeini urged the world's Muslims to rise up against the Saudi rulers and take revenge for the dead.", ["person:ruhollah-khomeini CONDEMNS SAU"], []),
 ("Riyadh said the Iranians had started the violence by staging a banned political march, and King Fahd accused Tehran of trying to turn the pilgrimage into a battlefield.", ["SAU CONDEMNS IRN", "person:fahd-bin-abdulaziz CONDEMNS IRN"], ["person:fahd-bin-abdulaziz LEADS SAU"]),
 ("Kuwait, whose embassy was also attacked, protested to the Iranian government and recalled its charge d'affaires from Tehran.", ["KWT CONDEMNS IRN"], []),
 ("The Arab League called an emergency meeting to show its solidarity with Saudi Arabia.", ["org:ARAB_LEAGUE SUPPORTS SAU"], []),
]
