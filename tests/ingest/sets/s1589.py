DAY = "2012-09-15"
SENTS = [
 ("Japan's government signed a deal this week to buy three of the disputed Senkaku Islands from their private owner, drawing an angry response from China.", [], ["CHN CONDEMNS JPN"]),
 ("Beijing called the purchase illegal and invalid and sent six maritime surveillance ships into waters around the islands, which it calls the Diaoyu.", [], ["CHN DEPLOYS_TROOPS JPN", "CHN CONDEMNS JPN"]),
 ("Protesters attacked Japanese car dealerships and restaurants in several Chinese cities on Saturday, and Panasonic halted production at two plants.", [], []),
 ("Prime Minister Yoshihiko Noda urged Beijing to protect Japanese citizens and businesses in China.", [], ["person:yoshihiko-noda LEADS JPN"]),
 ("The United States, which is bound by treaty to defend Japan, said the islands fell under the security pact but took no position on who owns them.", ["USA ALLIED_WITH JPN"], []),
]
