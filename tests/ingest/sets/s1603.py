DAY = "2013-08-08"
SENTS = [
 ("The White House cancelled a planned summit in Moscow between Barack Obama and Vladimir Putin on Wednesday, a week after Russia gave asylum to Edward Snowden.", [], ["person:barack-obama MEETS person:vladimir-putin"]),
 ("Officials said the decision also reflected a lack of progress on missile defence, trade and human rights.", [], []),
 ("Obama said he was disappointed by Russia's decision and accused Moscow of slipping back into a Cold War mentality.", ["person:barack-obama CONDEMNS RUS"], []),
 ("The Kremlin said it was disappointed too and noted that Washington had for years refused to sign an extradition treaty with Russia.", [], ["RUS CONDEMNS USA"]),
 ("Obama will still attend the G20 summit in St Petersburg next month.", [], ["person:barack-obama MEETS RUS"]),
]
