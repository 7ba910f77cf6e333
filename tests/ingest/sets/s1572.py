DAY = "2019-06-13"
SENTS = [
 ("Shinzo Abe met Iran's supreme leader, Ayatollah Ali Khamenei, in Tehran on Thursday, the first visit by a Japanese prime minister since the 1979 revolution.", ["person:shinzo-abe MEETS person:ali-khamenei", "person:shinzo-abe MEETS IRN", "person:ali-khamenei LEADS IRN"], ["person:shinzo-abe LEADS JPN"]),
 ("Khamenei told Abe that he did not consider Donald Trump worthy of a message.", ["person:ali-khamenei MEETS person:shinzo-abe", "person:ali-khamenei CONDEMNS person:donald-trump"], []),
 ("During the visit, two tankers were attacked in the Gulf of Oman, one of them carrying Japanese cargo.", [], []),
 ("Washington blamed Iran for the attacks, which Tehran denied.", ["USA CONDEMNS IRN"], []),
 ("Japan, a close US ally, bought Iranian oil until American sanctions forced it to stop last month.", ["JPN ALLIED_WITH USA", "JPN TRADES_WITH IRN", "USA SANCTIONS IRN"], []),
]
