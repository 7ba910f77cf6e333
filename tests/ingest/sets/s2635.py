DAY = "2011-10-13"
SENTS = [
 ("The United States Congress approved free trade agreements with South Korea, Colombia and Panama on Wednesday, ending a four-year stalemate over the deals.", ["USA TRADES_WITH KOR", "USA TRADES_WITH COL", "USA TRADES_WITH PAN"], []),
 ("The agreement with Seoul, the largest since NAFTA, is expected to raise American exports by as much as $11 billion a year.", [], ["USA TRADES_WITH KOR"]),
 ("President Lee Myung-bak, who arrived in Washington on Thursday for a state visit, called the vote a historic achievement.", ["person:lee-myung-bak MEETS USA"], ["person:lee-myung-bak LEADS KOR"]),
 ("Labour unions in both countries oppose the deal, and South Korea's National Assembly has yet to ratify it.", [], []),
 ("Two-way trade between the United States and South Korea came to about $100 billion last year.", ["KOR TRADES_WITH USA"], []),
]
