DAY = "1994-02-10"
SENTS = [
 ("NATO gave Bosnian Serb forces ten days on Wednesday to withdraw their heavy weapons from around Sarajevo or face air strikes.", [], []),
 ("The ultimatum followed a mortar attack on a Sarajevo market on Saturday that killed 68 people.", [], []),
 ("Russia, which has traditionally backed the Serbs, opposed the threat of air strikes.", [], ["RUS SUPPORTS SRB", "RUS CONDEMNS org:NATO"]),
 ("President Bill Clinton said the United States would take part in any air strikes.", [], ["person:bill-clinton LEADS USA"]),
 ("French and British peacekeepers in Bosnia have been ordered to take cover.", ["FRA DEPLOYS_TROOPS BIH", "GBR DEPLOYS_TROOPS BIH"], []),
]
