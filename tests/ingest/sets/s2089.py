DAY = "2019-08-03"
SENTS = [
 ("Japan removed South Korea from its list of trusted trading partners on Friday, tightening controls on exports of hundreds of products to its neighbour.", ["JPN SANCTIONS KOR"], ["JPN TRADES_WITH KOR"]),
 ("South Korean President Moon Jae-in called the move a reckless act and warned that Seoul would not be defeated again by Japan.", ["person:moon-jae-in LEADS KOR"], ["person:moon-jae-in CONDEMNS JPN"]),
 ("The dispute began with a ruling by South Korea's Supreme Court last year ordering Japanese firms to compensate Koreans forced to work for them during the Second World War.", [], []),
 ("Seoul said it would retaliate by removing Japan from its own list of preferred trading partners.", [], ["KOR SANCTIONS JPN"]),
 ("Secretary of State Mike Pompeo urged the two American allies to find a way forward.", [], ["USA ALLIED_WITH JPN", "USA ALLIED_WITH KOR"]),
]
