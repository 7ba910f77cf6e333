DAY = "2008-05-09"
SENTS = [
 ("Myanmar's military government accepted planeloads of food and medicine from Thailand, China and India on Friday but refused to let foreign relief workers into the Irrawaddy delta, a week after Cyclone Nargis killed tens of thousands.", ["THA SUPPORTS MMR", "CHN SUPPORTS MMR", "IND SUPPORTS MMR"], []),
 ("The World Food Programme suspended its flights to Yangon after the authorities seized two of its shipments at the airport, then resumed them a day later.", [], ["org:WFP SUPPORTS MMR"]),
 ("France said it would ask the UN Security Council to authorise the delivery of aid to Myanmar without the junta's consent, but China, which shields its southern neighbour at the council, said the disaster was an internal matter.", [], ["FRA SUPPORTS MMR", "CHN SUPPORTS MMR", "FRA CONDEMNS MMR"]),
 ("Three US Navy ships loaded with relief supplies waited off the Burmese coast for permission to deliver them.", [], ["USA SUPPORTS MMR"]),
 ("Senior General Than Shwe refused to take calls from UN Secretary-General Ban Ki-moon, UN officials said.", ["person:ban-ki-moon LEADS org:UN"], ["person:than-shwe LEADS MMR"]),
]
