DAY = "2014-04-24"
SENTS = [
 ("Barack Obama said in Tokyo on Thursday that the islands Japan controls in the East China Sea are covered by the two countries' security treaty, the first time a sitting American president has said so.", ["person:barack-obama MEETS JPN"], ["USA ALLIED_WITH JPN", "person:barack-obama LEADS USA"]),
 ("Obama spoke at a news conference with Prime Minister Shinzo Abe, who hosted him for dinner at a sushi restaurant on Wednesday night.", ["person:barack-obama MEETS person:shinzo-abe"], ["person:shinzo-abe LEADS JPN"]),
 ("China's foreign ministry said it firmly opposed including the islands in the treaty and that the alliance should not harm China's sovereignty.", [], ["CHN CONDEMNS USA", "CHN CONDEMNS JPN"]),
 ("The two leaders failed to reach a deal on cutting Japanese tariffs on American beef and pork, which is holding up a Pacific trade pact.", [], ["USA TRADES_WITH JPN", "person:barack-obama MEETS person:shinzo-abe"]),
 ("Obama flew on to Seoul, where he is due to meet President Park Geun-hye.", [], ["person:barack-obama MEETS KOR", "person:barack-obama MEETS person:park-geun-hye", "person:park-geun-hye LEADS KOR"]),
]
