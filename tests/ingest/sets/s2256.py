DAY = "2001-02-17"
SENTS = [
 ("American and British warplanes struck radar and command sites near Baghdad on Friday, the first raids outside the southern no-flight zone in two years.", ["USA ATTACKS IRQ", "GBR ATTACKS IRQ"], []),
 ("President Bush, in Mexico for talks with President Vicente Fox, called the strikes routine.", [], ["person:george-w-bush LEADS USA", "person:george-w-bush MEETS MEX", "person:george-w-bush MEETS person:vicente-fox", "person:vicente-fox LEADS MEX"]),
 ("Iraq said two people had been killed and accused Washington of an act of aggression.", ["IRQ CONDEMNS USA"], []),
 ("France, which withdrew from patrolling the zones in 1998, said it did not understand the reasons for the raids.", [], ["FRA CONDEMNS USA", "FRA CONDEMNS GBR"]),
 ("Russia and China condemned the strikes as a violation of international law.", [], ["RUS CONDEMNS USA", "CHN CONDEMNS USA", "RUS CONDEMNS GBR", "CHN CONDEMNS GBR"]),
 ("Kuwait, which hosts American and British aircraft that patrol the zone, backed the raids.", [], ["USA DEPLOYS_TROOPS KWT", "GBR DEPLOYS_TROOPS KWT", "KWT SUPPORTS USA", "KWT SUPPORTS GBR"]),
]
