DAY = "2005-06-11"
SENTS = [
 ("China agreed on Friday to limit the growth of its textile exports to the European Union until 2008, settling a dispute that had threatened to turn into a trade war.", ["CHN TRADES_WITH org:EU"], []),
 ("The EU's trade commissioner reached the deal with China's commerce minister after ten hours of talks in Shanghai.", [], ["org:EU MEETS CHN"]),
 ("Brussels had threatened to impose quotas on Chinese T-shirts and flax yarn after imports soared when worldwide quotas expired in January.", [], ["org:EU SANCTIONS CHN", "CHN TRADES_WITH org:EU"]),
 ("The United States, which imposed its own limits on Chinese clothing last month, is still negotiating with Beijing.", [], ["USA SANCTIONS CHN", "USA TRADES_WITH CHN", "USA MEETS CHN"]),
 ("Textiles make up a small share of China's trade with the EU, which reached 175 billion euros last year.", ["CHN TRADES_WITH org:EU"], []),
]
