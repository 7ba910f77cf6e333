DAY = "1987-07-22"
SENTS = [
 ("Two Kuwaiti oil tankers flying the American flag began sailing up the Persian Gulf on Wednesday under the escort of three American warships.", [], ["USA SUPPORTS KWT"]),
 ("The United States agreed to protect the tankers after Kuwait asked for help against Iranian attacks on its shipping.", [], ["USA SUPPORTS KWT", "IRN ATTACKS KWT"]),
 ("Iran has warned that it will not allow the superpowers to turn the Gulf into a battleground.", [], []),
 ("The Soviet Union has chartered three of its own tankers to Kuwait.", ["SUN TRADES_WITH KWT"], ["SUN SUPPORTS KWT"]),
 ("Iraq, which Kuwait has backed with loans throughout its war with Iran, continued its air raids on Iranian oil installations.", ["KWT SUPPORTS IRQ", "IRQ ATTACKS IRN"], ["IRN ATTACKS IRQ"]),
]
