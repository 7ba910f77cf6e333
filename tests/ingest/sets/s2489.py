DAY = "2020-09-05"
SENTS = [
 ("Serbia and Kosovo agreed at the White House on Friday to normalise their economic relations, in a deal brokered by President Donald Trump.", [], ["SRB TRADES_WITH XKX", "person:donald-trump MEETS SRB", "person:donald-trump MEETS XKX", "person:donald-trump LEADS USA", "SRB MEETS XKX"]),
 ("Serbian President Aleksandar Vucic also agreed to move his country's embassy in Israel to Jerusalem by July, and Kosovo and Israel agreed to recognise each other.", ["person:aleksandar-vucic LEADS SRB"], ["SRB SUPPORTS ISR", "XKX SUPPORTS ISR", "ISR SUPPORTS XKX"]),
 ("Prime Minister Benjamin Netanyahu thanked Trump and said Kosovo would be the first Muslim-majority country to open an embassy in Jerusalem.", [], ["person:benjamin-netanyahu LEADS ISR", "person:benjamin-netanyahu SUPPORTS person:donald-trump"]),
 ("The European Union, which has mediated talks between Belgrade and Pristina since 2011, said any move of embassies to Jerusalem would put their bids to join the bloc at risk.", [], ["SRB MEETS XKX", "org:EU MEETS SRB", "org:EU MEETS XKX", "org:EU CONDEMNS SRB", "org:EU CONDEMNS XKX"]),
 ("Serbia has never recognised Kosovo's independence, declared in 2008, and Russia backs Belgrade's position at the United Nations.", ["RUS SUPPORTS SRB"], []),
]
