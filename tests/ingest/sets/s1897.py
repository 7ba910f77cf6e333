DAY = "2018-12-19"
SENTS = [
 ("President Donald Trump ordered the withdrawal of all 2,000 American troops from Syria on Wednesday, declaring that the United States had defeated the Islamic State group there.", ["USA DEPLOYS_TROOPS SYR", "USA ATTACKS org:ISIS"], ["person:donald-trump LEADS USA"]),
 ("The troops have been working alongside the Syrian Democratic Forces, a Kurdish-led alliance that Turkey regards as a terrorist group.", ["TUR CONDEMNS org:SDF"], ["USA SUPPORTS org:SDF"]),
 ("Turkish President Recep Tayyip Erdogan had threatened to launch a new offensive against Kurdish fighters east of the Euphrates.", ["person:recep-tayyip-erdogan LEADS TUR"], ["TUR ATTACKS org:YPG"]),
 ("Senator Lindsey Graham, usually a Trump ally, called the decision a huge Obama-like mistake that would embolden Iran and Russia.", [], ["person:lindsey-graham CONDEMNS USA"]),
 ("Russia, which has backed Bashar al-Assad with air power since 2015, welcomed the announcement.", ["RUS SUPPORTS person:bashar-al-assad"], ["RUS SUPPORTS USA", "RUS SUPPORTS SYR"]),
 ("Britain and France, which also have special forces in Syria, said the fight against the Islamic State was not over.", ["GBR DEPLOYS_TROOPS SYR", "FRA DEPLOYS_TROOPS SYR"], ["GBR ATTACKS org:ISIS", "FRA ATTACKS org:ISIS"]),
]
