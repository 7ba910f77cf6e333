DAY = "2000-11-17"
SENTS = [
 ("Bill Clinton arrived in Hanoi on Thursday, the first American president to visit Vietnam since the war ended in 1975.", ["person:bill-clinton MEETS VNM"], ["person:bill-clinton LEADS USA"]),
 ("Clinton will meet President Tran Duc Luong and the Communist Party chief, Le Kha Phieu.", [], ["person:bill-clinton MEETS person:tran-duc-luong", "person:bill-clinton MEETS person:le-kha-phieu", "person:tran-duc-luong LEADS VNM"]),
 ("Vietnam and the United States signed a trade agreement in July that will cut Vietnamese tariffs on American goods.", ["USA TRADES_WITH VNM"], ["USA MEETS VNM"]),
 ("Washington restored diplomatic relations with Hanoi in 1995.", [], ["USA SUPPORTS VNM"]),
 ("Clinton said the United States would help Vietnam find and clear unexploded bombs left from the war.", [], ["USA SUPPORTS VNM"]),
]
