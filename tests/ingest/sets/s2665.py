DAY = "1989-07-11"
SENTS = [
 ("President George Bush arrived in Budapest on Tuesday from Warsaw, where he had promised Poland $100 million to help private business and urged Western governments to reschedule its debts.", ["person:george-h-w-bush MEETS HUN", "person:george-h-w-bush MEETS POL"], ["person:george-h-w-bush LEADS USA", "USA SUPPORTS POL"]),
 ("He told the Hungarian parliament that the United States would grant Hungary permanent most-favoured-nation trade status and send Peace Corps teachers.", [], ["USA TRADES_WITH HUN", "USA SUPPORTS HUN"]),
 ("In Gdansk on Tuesday morning Bush had met Lech Walesa, the leader of Solidarity, who asked for a far larger aid package.", ["person:george-h-w-bush MEETS person:lech-walesa"], []),
 ("Bush flies to Paris on Thursday for the summit of the seven leading industrial democracies.", [], ["person:george-h-w-bush MEETS FRA", "person:george-h-w-bush MEETS org:G7"]),
]
