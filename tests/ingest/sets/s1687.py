DAY = "2020-01-04"
SENTS = [
 ("A US drone strike at Baghdad airport on Friday killed General Qassem Soleimani, the commander of Iran's Quds Force.", ["USA ATTACKS IRN"], ["USA ATTACKS IRQ"]),
 ("The Pentagon said Soleimani had been developing plans to attack American diplomats and service members in Iraq.", [], ["USA DEPLOYS_TROOPS IRQ"]),
 ("Ayatollah Ali Khamenei declared three days of mourning and vowed severe revenge against the criminals who had killed him.", [], ["person:ali-khamenei CONDEMNS USA"]),
 ("Iraq's caretaker prime minister, Adel Abdul Mahdi, called the strike an aggression against Iraq and a violation of its sovereignty.", ["person:adel-abdul-mahdi LEADS IRQ"], ["person:adel-abdul-mahdi CONDEMNS USA", "USA ATTACKS IRQ"]),
 ("Russia and China both condemned the killing, and France said the world had become more dangerous.", [], ["RUS CONDEMNS USA", "CHN CONDEMNS USA"]),
]
