DAY = "2016-10-08"
SENTS = [
 ("Russia vetoed a French-drafted UN resolution on Saturday that demanded an end to air strikes on the besieged Syrian city of Aleppo.", ["RUS VETOES SYR"], []),
 ("A rival Russian text, which made no mention of the bombing, failed to win the minimum nine votes needed.", [], []),
 ("French Foreign Minister Jean-Marc Ayrault said Russia's veto made it complicit in war crimes committed by the Syrian government.", ["person:jean-marc-ayrault CONDEMNS RUS"], ["person:jean-marc-ayrault CONDEMNS SYR", "RUS SUPPORTS SYR"]),
 ("Russian and Syrian warplanes have pounded rebel-held eastern Aleppo since a ceasefire collapsed last month.", [], ["RUS ATTACKS SYR"]),
 ("Britain's ambassador, Matthew Rycroft, accused Moscow of prolonging the war.", ["person:matthew-rycroft CONDEMNS RUS"], []),
 ("Russia has given Assad's forces air support since September 2015.", ["RUS SUPPORTS SYR"], ["RUS SUPPORTS person:bashar-al-assad"]),
]
