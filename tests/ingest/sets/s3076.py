DAY = "2003-03-06"
SENTS = [
 ("The foreign ministers of France, Germany and Russia declared in Paris on Wednesday that they would not let the Security Council pass a resolution authorising war against Iraq.", [], ["FRA MEETS DEU", "FRA MEETS RUS", "DEU MEETS RUS"]),
 ("Igor Ivanov, the Russian Foreign Minister, said Moscow was ready to use its veto.", [], []),
 ("Colin Powell told reporters that a coalition led by Washington would disarm Saddam Hussein whether or not a second resolution passed.", [], ["USA ATTACKS IRQ", "person:colin-powell CONDEMNS person:saddam-hussein", "USA CONDEMNS person:saddam-hussein"]),
 ("Britain, the closest American ally, is sending 45,000 troops to the Gulf.", ["GBR ALLIED_WITH USA"], []),
 ("China declared its agreement with the stand taken by Paris, Berlin and Moscow.", ["CHN SUPPORTS FRA", "CHN SUPPORTS DEU", "CHN SUPPORTS RUS"], []),
]
