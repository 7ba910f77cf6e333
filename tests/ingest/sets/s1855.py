DAY = "2018-02-11"
SENTS = [
 ("South Korean President Moon Jae-in met Kim Yo Jong, the sister of North Korean leader Kim Jong Un, at the presidential Blue House in Seoul on Saturday.", ["person:moon-jae-in LEADS KOR", "person:kim-jong-un LEADS PRK"], ["person:kim-yo-jong MEETS person:moon-jae-in", "person:kim-yo-jong MEETS KOR"]),
 ("Kim Yo Jong, the first member of the ruling family to visit the South since the Korean War, handed Moon a letter inviting him to Pyongyang.", [], ["person:kim-yo-jong MEETS KOR", "person:kim-yo-jong MEETS person:moon-jae-in"]),
 ("The delegation came to attend the opening of the Winter Olympics in Pyeongchang, where athletes from the two Koreas marched together under a unification flag.", [], []),
 ("US Vice President Mike Pence, who sat a few feet from Kim Yo Jong at the opening ceremony, did not greet her.", [], []),
 ("Pence said Washington would soon announce the toughest sanctions yet against Pyongyang.", [], ["USA SANCTIONS PRK"]),
 ("Japan's Prime Minister Shinzo Abe urged Moon not to be fooled by the North's charm offensive.", ["person:shinzo-abe LEADS JPN"], ["person:shinzo-abe MEETS person:moon-jae-in", "person:shinzo-abe CONDEMNS PRK"]),
]
