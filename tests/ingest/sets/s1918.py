DAY = "2012-08-11"
SENTS = [
 ("Lee Myung-bak on Friday became the first South Korean president to visit a group of islets that are controlled by Seoul but claimed by Japan.", [], ["person:lee-myung-bak LEADS KOR"]),
 ("Japan recalled its ambassador from Seoul in protest and summoned the South Korean envoy in Tokyo.", ["JPN CONDEMNS KOR"], []),
 ("Prime Minister Yoshihiko Noda called the visit extremely regrettable and said Japan would take the dispute to the International Court of Justice.", [], ["person:yoshihiko-noda CONDEMNS KOR", "person:yoshihiko-noda LEADS JPN"]),
 ("The islets, known as Dokdo in Korea and Takeshima in Japan, lie in rich fishing grounds.", [], []),
 ("The row threatens a planned currency swap deal between the two countries, which are both close allies of the United States.", [], ["USA ALLIED_WITH JPN", "USA ALLIED_WITH KOR"]),
]
