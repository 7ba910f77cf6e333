DAY = "1929-11-22"
SENTS = [
 ("Soviet troops supported by aircraft and tanks crossed the Manchurian frontier near Manchuli this week and routed the Chinese garrison there.", ["SUN ATTACKS CHN"], ["SUN DEPLOYS_TROOPS CHN"]),
 ("The fighting began over the Chinese Eastern Railway, which the Manchurian authorities seized from its Soviet managers in July.", [], ["CHN ATTACKS SUN"]),
 ("Secretary of State Stimson reminded Moscow and Nanking that both had signed the Kellogg Pact renouncing war.", [], ["person:henry-stimson MEETS SUN", "person:henry-stimson MEETS CHN", "person:henry-stimson LEADS USA", "person:henry-stimson CONDEMNS SUN", "person:henry-stimson CONDEMNS CHN"]),
 ("The Soviet government rejected the American note as unjustified interference and said it would deal with China directly.", ["SUN CONDEMNS USA"], []),
 ("The Nanking government has asked the powers to restrain the Russians but has sent no troops of its own to help the Manchurian forces.", ["CHN CONDEMNS SUN"], []),
]
