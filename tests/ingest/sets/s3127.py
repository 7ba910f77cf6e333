DAY = "1983-05-03"
SENTS = [
 ("Nigerian and Chadian troops fought for several days over islands in Lake Chad last month before a ceasefire took hold, officials in Lagos said on Monday.", ["NGA ATTACKS TCD", "TCD ATTACKS NGA"], []),
 ("President Shehu Shagari accused N'Djamena of occupying Nigerian fishing villages on the lake and said dozens of Nigerian soldiers had been killed.", ["person:shehu-shagari CONDEMNS TCD"], ["person:shehu-shagari LEADS NGA"]),
 ("Chad's President Hissene Habre sent his foreign minister to Lagos with a letter proposing a joint commission to mark the frontier.", ["person:hissene-habre LEADS TCD", "TCD MEETS NGA"], []),
 ("Nigeria, which hosted the talks that led to Chad's transitional government in 1979, has accused Habre of ignoring its interests in the region.", ["NGA CONDEMNS person:hissene-habre"], []),
 ("Libya, which backs Habre's rival Goukouni Oueddei, offered to mediate, but Lagos declined.", ["LBY SUPPORTS person:goukouni-oueddei"], []),
]
