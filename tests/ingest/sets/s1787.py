DAY = "1985-11-21"
SENTS = [
 ("President Ronald Reagan and Soviet leader Mikhail Gorbachev ended their first summit in Geneva on Thursday with a pledge to seek a 50 percent cut in nuclear arsenals.", ["person:ronald-reagan MEETS person:mikhail-gorbachev", "person:mikhail-gorbachev LEADS SUN"], ["person:ronald-reagan LEADS USA", "person:ronald-reagan MEETS CHE", "person:mikhail-gorbachev MEETS CHE"]),
 ("The two leaders, who met alone for more than five hours with only interpreters present, agreed to exchange visits in the coming years.", [], ["person:ronald-reagan MEETS person:mikhail-gorbachev"]),
 ("Gorbachev said the Strategic Defense Initiative remained the main obstacle, and warned that the Soviet Union would respond to any American weapons in space.", [], ["person:mikhail-gorbachev CONDEMNS USA"]),
 ("Reagan flew to Brussels to brief NATO leaders, who welcomed the results.", ["person:ronald-reagan MEETS org:NATO"], ["person:ronald-reagan MEETS BEL", "org:NATO SUPPORTS person:ronald-reagan"]),
 ("Afghanistan, where more than 100,000 Soviet troops are fighting, was also discussed.", ["SUN DEPLOYS_TROOPS AFG"], ["SUN ATTACKS AFG"]),
]
