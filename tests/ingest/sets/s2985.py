DAY = "1946-02-16"
SENTS = [
 ("Prime Minister Mackenzie King announced last night that secret information had been passed to agents of a foreign mission in Ottawa, and thirteen people were detained.", [], ["person:mackenzie-king LEADS CAN"]),
 ("Officials left little doubt that the mission was the Soviet Embassy.", [], []),
 ("The Canadian Government has asked the Soviet Union to recall its military attache, Colonel Nikolai Zabotin.", [], ["CAN CONDEMNS SUN"]),
 ("Moscow admitted today that its agents had received some information but called it of no value, and accused Canada of staging an anti-Soviet campaign.", ["SUN CONDEMNS CAN"], []),
 ("Washington and London, which shared the atomic secrets with Ottawa, are studying the case.", [], []),
]
