DAY = "2020-01-08"
SENTS = [
 ("Iran fired more than a dozen ballistic missiles early on Wednesday at two bases in Iraq that house American troops, in retaliation for the US drone strike that killed General Qassem Soleimani.", ["IRN ATTACKS USA", "USA DEPLOYS_TROOPS IRQ", "USA ATTACKS IRN"], ["IRN ATTACKS IRQ"]),
 ("The missiles struck the Ain al-Asad air base in western Anbar and a facility in Erbil, the Pentagon said.", [], []),
 ("Iran's foreign minister, Mohammad Javad Zarif, said Tehran had taken proportionate measures in self-defence and did not seek escalation or war.", [], []),
 ("Iraqi Prime Minister Adel Abdul Mahdi said he had received an official message from Tehran shortly before the attack.", ["person:adel-abdul-mahdi LEADS IRQ"], []),
 ("President Donald Trump said no Americans had been harmed and announced new economic sanctions on Iran, but stopped short of ordering military retaliation.", ["USA SANCTIONS IRN"], ["person:donald-trump LEADS USA", "person:donald-trump SANCTIONS IRN"]),
 ("Britain and Germany condemned the attacks and urged Iran to refrain from further reckless and dangerous acts.", ["GBR CONDEMNS IRN", "DEU CONDEMNS IRN"], []),
]
