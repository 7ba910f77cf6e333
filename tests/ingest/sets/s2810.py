DAY = "1969-05-26"
SENTS = [
 ("Young army officers led by Col. Gaafar al-Nimeiry seized power in Khartoum on Sunday and renamed the country the Democratic Republic of the Sudan.", [], ["person:gaafar-nimeiry LEADS SDN"]),
 ("The new government said it would recognize East Germany and strengthen its ties with the Soviet Union.", [], ["SDN SUPPORTS DDR", "SDN ALLIED_WITH SUN"]),
 ("President Nasser of Egypt sent the new leaders in Khartoum a message of support.", ["person:gamal-abdel-nasser LEADS EGY"], ["person:gamal-abdel-nasser SUPPORTS SDN", "EGY SUPPORTS SDN"]),
 ("Within hours Tripoli and Baghdad had extended recognition.", [], ["LBY SUPPORTS SDN", "IRQ SUPPORTS SDN"]),
 ("Sudan broke off relations with West Germany in 1965 over Bonn's recognition of Israel.", ["DEU SUPPORTS ISR"], ["SDN SANCTIONS DEU", "SDN CONDEMNS DEU"]),
]
