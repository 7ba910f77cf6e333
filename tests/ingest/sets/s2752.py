DAY = "1979-12-29"
SENTS = [
 ("Soviet airborne troops stormed the presidential palace in Kabul on Thursday night, and President Hafizullah Amin of Afghanistan was killed, Radio Kabul announced.", ["person:hafizullah-amin LEADS AFG"], ["SUN ATTACKS AFG", "SUN DEPLOYS_TROOPS AFG"]),
 ("President Carter sent Leonid I. Brezhnev a message over the hot line calling the Soviet intervention a grave threat to peace.", ["person:jimmy-carter CONDEMNS SUN"], ["person:jimmy-carter MEETS person:leonid-brezhnev", "person:jimmy-carter LEADS USA"]),
 ("Peking said the invasion endangered China's own security and demanded that Moscow pull its troops out of Afghanistan at once.", ["SUN DEPLOYS_TROOPS AFG"], ["SUN ATTACKS AFG", "CHN CONDEMNS SUN"]),
 ("Tass said Soviet units had entered Afghanistan under the friendship treaty the two countries signed last December.", ["SUN DEPLOYS_TROOPS AFG"], ["SUN ALLIED_WITH AFG"]),
]
