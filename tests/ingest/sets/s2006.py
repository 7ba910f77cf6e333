DAY = "1981-10-29"
SENTS = [
 ("The US Senate narrowly approved the sale of five AWACS radar planes to Saudi Arabia on Wednesday, handing President Ronald Reagan a victory over Israel's supporters in Congress.", ["USA SUPPLIES_ARMS SAU"], ["person:ronald-reagan LEADS USA"]),
 ("The $8.5 billion package also includes fuel tanks and missiles for the kingdom's F-15 fighters.", [], ["USA SUPPLIES_ARMS SAU"]),
 ("Israel's Prime Minister Menachem Begin had lobbied against the deal, saying the planes could be used to track Israeli aircraft.", ["person:menachem-begin LEADS ISR"], ["person:menachem-begin CONDEMNS SAU", "person:menachem-begin CONDEMNS USA"]),
 ("Reagan wrote to senators assuring them that the sale would not endanger Israel's security.", [], []),
 ("Saudi Arabia is the largest supplier of oil to the United States after Mexico.", ["SAU TRADES_WITH USA"], ["MEX TRADES_WITH USA"]),
]
