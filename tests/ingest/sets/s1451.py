DAY = "2022-04-11"
SENTS = [
 ("Six Chinese air force transport planes landed at Belgrade's airport on Saturday carrying an FK-3 air defence system for Serbia.", ["CHN SUPPLIES_ARMS SRB"], []),
 ("President Aleksandar Vucic thanked Beijing for the delivery and said Serbia would continue to strengthen its army.", [], ["person:aleksandar-vucic LEADS SRB", "person:aleksandar-vucic SUPPORTS CHN"]),
 ("The Western Balkans country, which wants to join the European Union, has also bought Chinese drones.", ["CHN SUPPLIES_ARMS SRB"], []),
 ("Serbia has refused to impose sanctions on Russia over its invasion of Ukraine.", ["RUS ATTACKS UKR"], []),
 ("American officials have warned Belgrade that buying Chinese weapons could hurt its ties with the West.", [], []),
]
