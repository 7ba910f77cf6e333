DAY = "2011-01-15"
SENTS = [
 ("President Zine El Abidine Ben Ali fled Tunisia for Saudi Arabia on Friday after 23 years in power, toppled by a month of street protests.", [], ["person:zine-el-abidine-ben-ali LEADS TUN", "SAU SUPPORTS person:zine-el-abidine-ben-ali"]),
 ("Saudi Arabia said it had welcomed Ben Ali and his family in consideration of the exceptional circumstances.", [], ["SAU SUPPORTS person:zine-el-abidine-ben-ali", "SAU MEETS person:zine-el-abidine-ben-ali"]),
 ("France, Tunisia's former colonial ruler, refused to let his plane land.", [], []),
 ("Prime Minister Mohamed Ghannouchi briefly took over as acting president before the constitutional court named the parliament speaker instead.", [], ["person:mohamed-ghannouchi LEADS TUN"]),
 ("President Obama condemned the use of violence against citizens and praised the courage of the Tunisian people.", [], ["person:barack-obama CONDEMNS TUN", "person:barack-obama SUPPORTS TUN", "person:barack-obama LEADS USA"]),
 ("The European Union, Tunisia's main trading partner, called for a peaceful transition.", ["org:EU TRADES_WITH TUN"], []),
]
