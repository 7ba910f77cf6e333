DAY = "1995-12-19"
SENTS = [
 ("Eritrean forces seized Greater Hanish, a Red Sea island also claimed by Yemen, after two days of fighting that killed at least a dozen Yemeni soldiers, officials in Sanaa said.", ["ERI ATTACKS YEM"], ["ERI DEPLOYS_TROOPS YEM"]),
 ("Yemen's President Ali Abdullah Saleh accused Asmara of aggression but said his government wanted a peaceful settlement.", ["person:ali-abdullah-saleh LEADS YEM", "person:ali-abdullah-saleh CONDEMNS ERI"], []),
 ("Eritrea's president, Isaias Afwerki, said the island had always been Eritrean and that Yemen had landed troops there first.", ["person:isaias-afwerki LEADS ERI"], ["person:isaias-afwerki CONDEMNS YEM", "YEM DEPLOYS_TROOPS ERI"]),
 ("France, which has troops in neighbouring Djibouti, offered to mediate, and both sides later agreed to submit the dispute to international arbitration.", ["FRA DEPLOYS_TROOPS DJI"], []),
]
