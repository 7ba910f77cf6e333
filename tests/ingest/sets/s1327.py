DAY = "2023-11-10"
SENTS = [
 ("Finland has chosen Israel's David's Sling system to strengthen its air defences against long-range missiles, in a deal worth about 317 million euros.", ["ISR SUPPLIES_ARMS FIN"], []),
 ("The system was developed by Rafael Advanced Defense Systems together with the US company Raytheon.", [], []),
 ("Helsinki closed its entire border with Russia this month, accusing Moscow of pushing migrants towards Finland.", ["FIN CONDEMNS RUS"], []),
 ("Finland joined NATO in April after decades of military non-alignment.", ["FIN MEMBER_OF org:NATO"]),
 ("The Kremlin has warned that it will take countermeasures against Finland's NATO membership.", [], ["FIN MEMBER_OF org:NATO"]),
]
