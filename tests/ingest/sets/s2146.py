DAY = "1991-04-18"
SENTS = [
 ("American, British and French troops began moving into northern Iraq on Wednesday to set up camps for hundreds of thousands of Kurdish refugees who fled to the mountains along the Turkish border.", ["USA DEPLOYS_TROOPS IRQ", "GBR DEPLOYS_TROOPS IRQ", "FRA DEPLOYS_TROOPS IRQ"], []),
 ("President George Bush said the troops would stay only until the refugees could return home safely, and warned Iraq not to interfere.", [], ["person:george-h-w-bush LEADS USA", "person:george-h-w-bush CONDEMNS IRQ"]),
 ("Iraq protested that the operation violated its sovereignty.", [], ["IRQ CONDEMNS USA"]),
 ("Turkey, which has refused to let the refugees cross into its territory, allowed the allied forces to use its bases.", [], ["TUR SUPPORTS USA"]),
 ("Iran said it was caring for more than a million Kurds who had fled across its border.", [], []),
]
