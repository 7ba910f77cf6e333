DAY = "1995-07-28"
SENTS = [
 ("Vietnam became the seventh member of the Association of Southeast Asian Nations on Friday at a ceremony in Brunei.", ["VNM MEMBER_OF org:ASEAN"], []),
 ("Vietnam's foreign minister, Nguyen Manh Cam, said his country would work with its neighbours to promote peace in the region.", [], []),
 ("The United States and Vietnam restored diplomatic relations this month, 20 years after the end of the war.", [], ["USA SUPPORTS VNM", "USA MEETS VNM"]),
 ("Secretary of State Warren Christopher will visit Hanoi next week, the first visit by a US secretary of state since the war.", [], ["person:warren-christopher MEETS VNM"]),
 ("China, which fought a border war with Vietnam in 1979, still disputes the Spratly Islands with Hanoi and several ASEAN members.", ["CHN ATTACKS VNM", "VNM ATTACKS CHN"], ["CHN CONDEMNS VNM"]),
]
