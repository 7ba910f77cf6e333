DAY = "2004-05-01"
SENTS = [
 ("Ten countries joined the European Union at midnight, eight of them former communist states of central and eastern Europe, in the largest expansion in the bloc's history.", [], []),
 ("Poland, Hungary, the Czech Republic, Slovakia, Slovenia, Estonia, Latvia and Lithuania entered the EU along with the Mediterranean islands of Cyprus and Malta.", ["POL MEMBER_OF org:EU", "HUN MEMBER_OF org:EU", "CZE MEMBER_OF org:EU", "SVK MEMBER_OF org:EU", "SVN MEMBER_OF org:EU", "EST MEMBER_OF org:EU", "LVA MEMBER_OF org:EU", "LTU MEMBER_OF org:EU", "CYP MEMBER_OF org:EU", "MLT MEMBER_OF org:EU"], []),
 ("Seven of the newcomers had joined NATO a month earlier, angering Moscow.", [], []),
 ("European Commission President Romano Prodi hailed the enlargement as the reunification of Europe at a ceremony in Dublin.", ["person:romano-prodi LEADS org:EC"], []),
 ("Only the Greek Cypriot south of the divided island joined, after Greek Cypriots rejected a UN reunification plan that Turkish Cypriots had accepted.", [], []),
 ("Turkey, which has been negotiating for years, is not expected to join before the next decade.", [], []),
]
