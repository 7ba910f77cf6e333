DAY = "2020-09-03"
SENTS = [
 ("German Chancellor Angela Merkel said on Wednesday that tests had shown beyond doubt that the Russian opposition leader Alexei Navalny was poisoned with a Novichok nerve agent.", ["person:angela-merkel LEADS DEU"], []),
 ("Merkel called it an attempted murder and said Russia had serious questions to answer.", [], ["person:angela-merkel CONDEMNS RUS"]),
 ("Navalny fell ill on a flight from Siberia last month and was flown to Berlin for treatment at the request of his family.", [], []),
 ("The Kremlin denied any involvement and said Germany had not shared its evidence.", [], []),
 ("NATO Secretary General Jens Stoltenberg said the poisoning was a horrendous crime and called on Moscow to cooperate with an investigation.", ["person:jens-stoltenberg LEADS org:NATO"], ["person:jens-stoltenberg CONDEMNS RUS"]),
 ("The United States and the European Union have threatened new sanctions against Russia.", [], ["USA SANCTIONS RUS", "org:EU SANCTIONS RUS"]),
]
