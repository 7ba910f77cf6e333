DAY = "2019-10-10"
SENTS = [
 ("Turkish warplanes and artillery pounded towns held by the Kurdish-led Syrian Democratic Forces in northeastern Syria on Thursday.", ["TUR ATTACKS org:SDF"], ["TUR ATTACKS SYR"]),
 ("The offensive began days after President Donald Trump pulled American troops back from the border, a move critics said abandoned Washington's Kurdish allies.", [], ["person:donald-trump LEADS USA", "USA DEPLOYS_TROOPS SYR", "USA ALLIED_WITH org:SDF"]),
 ("The Arab League condemned the Turkish incursion as an invasion of an Arab state's land and an attack on its sovereignty.", ["org:ARAB_LEAGUE CONDEMNS TUR"], ["TUR ATTACKS SYR"]),
 ("Germany and France said they would halt arms exports to Turkey that could be used in Syria.", [], ["DEU SANCTIONS TUR", "FRA SANCTIONS TUR", "DEU SUPPLIES_ARMS TUR", "FRA SUPPLIES_ARMS TUR"]),
 ("The US Treasury imposed sanctions on two Turkish ministries and three senior officials, and Trump raised tariffs on Turkish steel to 50 percent.", ["USA SANCTIONS TUR"], ["person:donald-trump SANCTIONS TUR"]),
]
