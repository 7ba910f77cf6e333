DAY = "2017-06-06"
SENTS = [
 ("Montenegro formally joined NATO on Monday, becoming the alliance's 29th member despite fierce opposition from Russia.", ["MNE MEMBER_OF org:NATO"], ["RUS CONDEMNS org:NATO"]),
 ("Prime Minister Dusko Markovic deposited the accession documents at the State Department in Washington.", [], ["person:dusko-markovic MEETS USA"]),
 ("Russia's foreign ministry said Moscow reserved the right to take retaliatory measures and has banned imports of Montenegrin wine.", ["RUS SANCTIONS MNE"], []),
 ("Montenegro accused Russia of backing a plot to assassinate the former prime minister and seize parliament on the day of elections last October.", ["MNE CONDEMNS RUS"], []),
 ("Moscow has denied any role in the alleged coup attempt.", [], []),
]
