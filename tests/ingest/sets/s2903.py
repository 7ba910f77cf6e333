DAY = "1968-11-01"
SENTS = [
 ("President Johnson ordered an end to all American air, naval and artillery bombardment of North Vietnam as of 8 a.m. Washington time on Friday.", [], ["person:lyndon-b-johnson LEADS USA", "USA ATTACKS VDR"]),
 ("He said that the Saigon government and the National Liberation Front would both be free to take part in the wider Paris talks that follow.", [], []),
 ("Hanoi announced that it had agreed to the enlarged conference now that the United States had stopped the bombing without conditions.", [], ["VDR MEETS USA"]),
 ("In Saigon, President Nguyen Van Thieu told the National Assembly that his country had given no consent to the arrangement.", [], ["person:nguyen-van-thieu LEADS RVN"]),
 ("American B-52 bombers will go on striking the infiltration routes in Laos, officials said.", [], ["USA ATTACKS LAO"]),
 ("In a message to the White House, the Soviet Premier, Aleksei Kosygin, called the halt a useful step.", ["person:alexei-kosygin LEADS SUN"], ["person:alexei-kosygin SUPPORTS person:lyndon-b-johnson", "SUN SUPPORTS USA", "person:alexei-kosygin MEETS person:lyndon-b-johnson"]),
]
