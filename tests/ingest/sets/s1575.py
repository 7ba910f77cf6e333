DAY = "2021-03-19"
SENTS = [
 ("The first high-level talks between the Biden administration and China opened in Anchorage with an unusually public exchange of accusations.", [], ["USA MEETS CHN"]),
 ("Antony Blinken told Yang Jiechi and Wang Yi that China's actions in Xinjiang, Hong Kong and Taiwan threatened the rules-based order.", ["person:antony-blinken MEETS person:yang-jiechi", "person:antony-blinken MEETS person:wang-yi", "person:antony-blinken CONDEMNS CHN"], []),
 ("Yang replied that the United States used its military force and financial hegemony to suppress other countries.", ["person:yang-jiechi CONDEMNS USA"], []),
 ("Days earlier, Washington had imposed sanctions on 24 Chinese and Hong Kong officials over Beijing's crackdown in Hong Kong.", ["USA SANCTIONS CHN"], []),
 ("Blinken had come from Tokyo and Seoul, where he reaffirmed the US alliances with Japan and South Korea.", ["USA ALLIED_WITH JPN", "USA ALLIED_WITH KOR"], ["person:antony-blinken MEETS JPN", "person:antony-blinken MEETS KOR"]),
]
