DAY = "2023-03-18"
SENTS = [
 ("The International Criminal Court issued an arrest warrant for Vladimir Putin on Friday over the alleged deportation of Ukrainian children.", [], ["org:ICC CONDEMNS person:vladimir-putin"]),
 ("The Kremlin said it considered the court's decisions null and void, as Russia is not a member.", [], ["RUS CONDEMNS org:ICC"]),
 ("Volodymyr Zelensky called the decision historic and said it marked the beginning of accountability.", [], ["person:volodymyr-zelensky SUPPORTS org:ICC"]),
 ("Joe Biden said the warrant was justified, although the United States does not recognise the court's jurisdiction either.", [], ["person:joe-biden SUPPORTS org:ICC"]),
 ("Germany's justice minister said Putin would be arrested if he entered the country.", [], []),
]
