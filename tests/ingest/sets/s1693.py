DAY = "2020-08-07"
SENTS = [
 ("Emmanuel Macron walked through the devastated streets of Beirut on Thursday, two days after a huge explosion at the port killed more than 150 people.", ["person:emmanuel-macron MEETS LBN"], []),
 ("He promised that French aid would not fall into corrupt hands and urged Lebanon's leaders to carry out deep reforms.", [], ["FRA SUPPORTS LBN"]),
 ("France sent three planes carrying rescuers, medical equipment and a mobile clinic to Lebanon.", ["FRA SUPPORTS LBN"], []),
 ("Iran and Qatar also flew in aid, and Israel, which has fought several wars with Hezbollah, offered humanitarian help through intermediaries.", ["ISR ATTACKS org:HEZBOLLAH"], ["org:HEZBOLLAH ATTACKS ISR", "ISR SUPPORTS LBN", "IRN SUPPORTS LBN", "QAT SUPPORTS LBN"]),
 ("President Michel Aoun said he had asked France for satellite images of the port at the time of the blast.", [], ["person:michel-aoun LEADS LBN"]),
]
