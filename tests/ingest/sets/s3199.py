DAY = "2022-12-13"
SENTS = [
 ("Indian and Chinese soldiers fought each other along the disputed frontier in the Tawang sector of Arunachal Pradesh last Friday, leaving men on both sides with minor injuries, the Indian army said on Monday.", ["IND ATTACKS CHN", "CHN ATTACKS IND"], []),
 ("Rajnath Singh, the defence minister, told parliament that Chinese troops had tried to alter the status quo unilaterally and had been pushed back.", ["person:rajnath-singh CONDEMNS CHN"], ["IND CONDEMNS CHN", "CHN ATTACKS IND", "IND ATTACKS CHN"]),
 ("A spokesman in Beijing would say only that calm had returned to the frontier.", [], []),
 ("No one has been reported killed on the frontier since hand-to-hand combat in Ladakh more than two years ago left dozens dead.", [], []),
]
