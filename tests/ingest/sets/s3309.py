DAY = "2023-10-25"
SENTS = [
 ("Finnish investigators said on Tuesday that an anchor recovered beside the damaged Balticconnector gas pipeline had come from the Newnew Polar Bear, a Hong Kong-registered container ship owned by a Chinese company.", [], ["FIN CONDEMNS CHN"]),
 ("The pipeline, which carries gas between Finland and Estonia, was damaged on October 8 along with a telecommunications cable linking Estonia and Sweden.", [], ["FIN TRADES_WITH EST", "EST TRADES_WITH FIN"]),
 ("President Sauli Niinisto said Finland would not jump to conclusions but that the damage could not have happened without outside force.", [], ["person:sauli-niinisto LEADS FIN"]),
 ("Estonia's prime minister, Kaja Kallas, said the same ship had probably cut the cable on the Estonian side.", ["person:kaja-kallas LEADS EST"], []),
 ("Beijing said it was willing to provide information in accordance with international law and urged an objective investigation.", [], []),
]
