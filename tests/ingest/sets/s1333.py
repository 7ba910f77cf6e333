DAY = "2024-07-18"
SENTS = [
 ("Bulgaria continues to block North Macedonia's EU accession talks unless Skopje recognises a Bulgarian minority in its constitution.", [], ["BGR MEMBER_OF org:EU", "BGR CONDEMNS MKD"]),
 ("Prime Minister Hristijan Mickoski has called the condition unacceptable.", [], []),
 ("North Macedonia joined NATO in 2020 after changing its name to settle a dispute with Greece.", ["MKD MEMBER_OF org:NATO"], []),
 ("Albania, whose accession talks had been tied to North Macedonia's, is now negotiating separately.", [], []),
 ("Serbia has been a candidate since 2012 but has refused to align with EU sanctions on Russia.", [], ["org:EU SANCTIONS RUS"]),
]
