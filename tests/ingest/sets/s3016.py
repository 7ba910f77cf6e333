DAY = "1946-11-04"
SENTS = [
 ("The United States and China signed a treaty of friendship, commerce and navigation in Nanking today, the first such treaty since the war.", ["USA TRADES_WITH CHN"], ["USA ALLIED_WITH CHN", "USA MEETS CHN"]),
 ("Ambassador John Leighton Stuart and Foreign Minister Wang Shih-chieh signed for their governments.", [], ["person:john-leighton-stuart MEETS person:wang-shih-chieh"]),
 ("Chinese Communist spokesmen denounced the treaty as a sale of China's sovereignty to American capital.", [], ["CHN CONDEMNS USA"]),
 ("The United States has supplied Chiang Kai-shek's armies with arms and transport since the war.", ["USA SUPPLIES_ARMS CHN"], ["USA SUPPLIES_ARMS person:chiang-kai-shek", "person:chiang-kai-shek LEADS CHN"]),
 ("General Marshall's mission to end the civil war has made little headway.", [], []),
]
