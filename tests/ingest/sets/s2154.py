DAY = "2004-03-30"
SENTS = [
 ("Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia joined NATO on Monday, the biggest enlargement in the alliance's history.", ["BGR MEMBER_OF org:NATO", "EST MEMBER_OF org:NATO", "LVA MEMBER_OF org:NATO", "LTU MEMBER_OF org:NATO", "ROU MEMBER_OF org:NATO", "SVK MEMBER_OF org:NATO", "SVN MEMBER_OF org:NATO"], []),
 ("Prime ministers of the seven countries handed their documents of accession to Secretary of State Colin Powell at a ceremony in Washington.", [], []),
 ("President George W. Bush welcomed the leaders at the White House and said the alliance would defend their freedom.", [], ["person:george-w-bush LEADS USA"]),
 ("NATO fighter jets will begin patrolling the airspace of the three Baltic states this week.", [], ["org:NATO DEPLOYS_TROOPS EST", "org:NATO DEPLOYS_TROOPS LVA", "org:NATO DEPLOYS_TROOPS LTU"]),
 ("Russia's foreign ministry said the enlargement would not strengthen security in Europe.", [], ["RUS CONDEMNS org:NATO"]),
]
