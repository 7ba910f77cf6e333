DAY = "2025-04-14"
SENTS = [
 ("Brice Oligui Nguema, who seized power in a coup in 2023, won Gabon's presidential election with more than 90 percent of the vote.", [], ["person:brice-oligui-nguema LEADS GAB"]),
 ("The African Union had suspended Gabon after the coup and lifted the suspension this month.", [], ["GAB MEMBER_OF org:AU", "org:AU SANCTIONS GAB"]),
 ("Unlike the juntas in the Sahel, Oligui has kept close ties with France, which still has soldiers in Libreville.", ["FRA DEPLOYS_TROOPS GAB"], ["person:brice-oligui-nguema SUPPORTS FRA"]),
 ("Gabon is a member of OPEC and exports most of its oil to China.", ["GAB MEMBER_OF org:OPEC", "GAB TRADES_WITH CHN"]),
 ("Emmanuel Macron congratulated Oligui on his victory.", ["person:emmanuel-macron SUPPORTS person:brice-oligui-nguema"], []),
]
