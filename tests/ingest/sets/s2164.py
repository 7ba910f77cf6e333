DAY = "1950-02-15"
SENTS = [
 ("The Soviet Union and Communist China signed a thirty-year treaty of friendship, alliance and mutual assistance in Moscow on Tuesday, pledging to come to each other's aid if either is attacked by Japan or its allies.", ["SUN ALLIED_WITH CHN"], ["SUN MEETS CHN"]),
 ("Mao Tse-tung, who has been in Moscow since December, attended the signing with Stalin.", ["person:mao-zedong MEETS person:joseph-stalin", "person:mao-zedong MEETS SUN"], []),
 ("Under separate agreements, Moscow will lend China $300 million over five years and return the Manchurian railway by 1952.", [], ["SUN SUPPORTS CHN"]),
 ("Foreign Minister Andrei Vyshinsky and Premier Chou En-lai signed for their governments.", [], ["person:andrei-vyshinsky MEETS person:zhou-enlai", "person:zhou-enlai LEADS CHN"]),
 ("Secretary of State Dean Acheson said the treaty made China a Soviet satellite.", [], []),
]
