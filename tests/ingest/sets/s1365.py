DAY = "2022-11-03"
SENTS = [
 ("Ethiopia's government and Tigrayan forces signed a permanent cessation of hostilities in Pretoria on Wednesday after talks mediated by the African Union.", [], ["org:AU MEETS ETH", "ETH MEETS ZAF"]),
 ("Former Nigerian President Olusegun Obasanjo led the mediation alongside Kenya's Uhuru Kenyatta.", [], []),
 ("Eritrean troops, which fought on the side of the federal army, were not party to the agreement.", ["ERI DEPLOYS_TROOPS ETH"], ["ERI SUPPORTS ETH"]),
 ("The United States had accused Eritrean forces of killing civilians in Tigray.", ["USA CONDEMNS ERI"], []),
 ("Prime Minister Abiy Ahmed's government welcomed the deal as monumental.", [], []),
]
