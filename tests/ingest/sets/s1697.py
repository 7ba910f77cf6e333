DAY = "2023-02-09"
SENTS = [
 ("Greece sent rescue teams to Turkey within hours of Monday's earthquake, and Foreign Minister Nikos Dendias flew to Ankara to express solidarity.", ["GRC SUPPORTS TUR", "person:nikos-dendias MEETS TUR"], []),
 ("The gesture came despite years of disputes between the two NATO members over the Aegean.", [], ["GRC MEMBER_OF org:NATO", "TUR MEMBER_OF org:NATO"]),
 ("Armenia, which has no diplomatic relations with Turkey, sent a team of rescuers across the border for the first time in decades.", [], ["ARM SUPPORTS TUR"]),
 ("The United States pledged $85 million in humanitarian aid for Turkey and Syria.", [], ["USA SUPPORTS TUR", "USA SUPPORTS SYR"]),
 ("Aid to rebel-held areas of northwest Syria was held up because the only crossing from Turkey was damaged.", [], []),
]
