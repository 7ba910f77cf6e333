DAY = "2007-05-02"
SENTS = [
 ("Russia demanded on Wednesday that Estonia's government resign after the removal of a Soviet war memorial from the centre of Tallinn.", [], ["RUS CONDEMNS EST"]),
 ("Pro-Kremlin youth activists have besieged the Estonian embassy in Moscow for a week, and the ambassador was attacked at a news conference.", [], []),
 ("Estonian Prime Minister Andrus Ansip accused Moscow of orchestrating the protests and a wave of cyber attacks on government websites.", ["person:andrus-ansip LEADS EST", "person:andrus-ansip CONDEMNS RUS"], ["RUS ATTACKS EST", "EST CONDEMNS RUS"]),
 ("The European Union and NATO expressed solidarity with Estonia, and German Chancellor Angela Merkel urged Moscow to respect the Vienna convention on diplomatic relations.", ["org:EU SUPPORTS EST", "org:NATO SUPPORTS EST", "person:angela-merkel LEADS DEU"], ["person:angela-merkel CONDEMNS RUS"]),
 ("Russia's state railway company halted oil shipments to Estonian ports, citing repairs on the line.", [], ["RUS SANCTIONS EST"]),
]
