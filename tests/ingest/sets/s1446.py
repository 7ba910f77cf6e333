DAY = "2020-01-04"
SENTS = [
 ("A US drone strike at Baghdad airport killed Qassem Soleimani, the commander of Iran's Quds Force, early on Friday.", ["USA ATTACKS IRN"], ["USA ATTACKS IRQ"]),
 ("Ayatollah Ali Khamenei vowed severe revenge against the criminals who killed him.", [], ["person:ali-khamenei CONDEMNS USA"]),
 ("Iraq's caretaker prime minister Adel Abdul Mahdi called the strike an aggression against Iraq and a breach of the conditions for US troops in the country.", ["USA DEPLOYS_TROOPS IRQ"], ["person:adel-abdul-mahdi CONDEMNS USA", "person:adel-abdul-mahdi LEADS IRQ", "IRQ CONDEMNS USA"]),
 ("Britain, France and Germany urged all sides to show restraint.", [], []),
 ("Russia condemned the killing as a reckless step that would raise tensions across the region.", [], ["RUS CONDEMNS USA"]),
]
