DAY = "1949-01-26"
SENTS = [
 ("Moscow radio announced that the Soviet Union, Poland, Czechoslovakia, Hungary, Rumania and Bulgaria had set up a Council for Mutual Economic Assistance.", [], ["SUN MEMBER_OF org:COMECON", "POL MEMBER_OF org:COMECON", "CSK MEMBER_OF org:COMECON", "HUN MEMBER_OF org:COMECON", "ROU MEMBER_OF org:COMECON", "BGR MEMBER_OF org:COMECON"]),
 ("Western diplomats see the council as the east's answer to the Marshall Plan.", [], []),
 ("Yugoslavia was not invited; since its expulsion from the Cominform the Soviet bloc has cut off almost all trade with Belgrade.", ["SUN SANCTIONS YUG"], []),
 ("Britain signed a five-year trade agreement with Yugoslavia last month, and Belgrade is now buying machinery in the West.", ["GBR TRADES_WITH YUG"], []),
]
