DAY = "2012-06-30"
SENTS = [
 ("Argentina, Brazil and Uruguay suspended Paraguay from the Mercosur trade bloc on Friday over the swift impeachment of President Fernando Lugo, which they called a rupture of the democratic order.", ["PRY MEMBER_OF org:MERCOSUR"], ["ARG SANCTIONS PRY", "BRA SANCTIONS PRY", "URY SANCTIONS PRY", "ARG CONDEMNS PRY", "BRA CONDEMNS PRY", "URY CONDEMNS PRY", "person:fernando-lugo LEADS PRY", "ARG MEMBER_OF org:MERCOSUR", "BRA MEMBER_OF org:MERCOSUR", "URY MEMBER_OF org:MERCOSUR"]),
 ("Meeting in Mendoza, the three presidents also agreed to admit Venezuela as a full member, a step the Paraguayan senate had blocked for six years.", [], ["VEN MEMBER_OF org:MERCOSUR", "PRY CONDEMNS VEN"]),
 ("Paraguay's new president, Federico Franco, said his country would not quit the bloc, and Venezuela halted its oil shipments to Asuncion in protest at Lugo's removal.", ["person:federico-franco LEADS PRY", "VEN SANCTIONS PRY"], ["PRY MEMBER_OF org:MERCOSUR", "VEN CONDEMNS PRY", "VEN TRADES_WITH PRY"]),
]
