DAY = "2016-05-27"
SENTS = [
 ("Barack Obama became the first sitting US president to visit Hiroshima on Friday, laying a wreath at the memorial with Prime Minister Shinzo Abe.", ["person:barack-obama MEETS person:shinzo-abe"], ["person:barack-obama MEETS JPN", "person:shinzo-abe LEADS JPN", "person:barack-obama LEADS USA"]),
 ("Obama did not apologise for the 1945 atomic bombing, which killed some 140,000 people.", [], []),
 ("Abe, whose country has relied on the American nuclear umbrella since the war, called the visit a new chapter in the alliance.", ["JPN ALLIED_WITH USA"], ["person:shinzo-abe SUPPORTS person:barack-obama"]),
 ("China said Hiroshima should not make people forget Japan's wartime atrocities against its neighbours.", ["CHN CONDEMNS JPN"], []),
 ("The visit came days after Obama lifted the US arms embargo on Vietnam during a stop in Hanoi.", ["person:barack-obama MEETS VNM"], ["USA SANCTIONS VNM"]),
]
