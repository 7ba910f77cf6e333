DAY = "2025-05-14"
SENTS = [
 ("The United States and Saudi Arabia signed an arms sales agreement worth nearly 142 billion dollars during Donald Trump's visit to Riyadh on Tuesday.", ["USA SUPPLIES_ARMS SAU", "person:donald-trump MEETS SAU"], []),
 ("The White House called it the largest defence cooperation agreement in US history.", [], []),
 ("Trump also announced that he would lift sanctions on Syria after a request from Crown Prince Mohammed bin Salman.", [], ["USA SANCTIONS SYR"]),
 ("The next day he met Syria's interim president, Ahmed al-Sharaa, in Riyadh, the first meeting between the leaders of the two countries in 25 years.", ["person:donald-trump MEETS person:ahmed-al-sharaa", "person:ahmed-al-sharaa MEETS SAU"], ["person:ahmed-al-sharaa LEADS SYR"]),
 ("Saudi Arabia has pledged to invest 600 billion dollars in the United States.", [], ["SAU TRADES_WITH USA"]),
]
