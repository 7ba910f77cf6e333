DAY = "1951-01-05"
SENTS = [
 ("Communist Chinese and North Korean armies took Seoul again on Thursday; the United Nations forces fell back across the Han.", ["CHN ATTACKS KOR", "PRK ATTACKS KOR"], ["CHN DEPLOYS_TROOPS KOR"]),
 ("General Matthew Ridgway ordered the city abandoned after a mass Chinese offensive along the whole front.", [], []),
 ("Peking turned down the UN call for a truce, insisting that every foreign soldier leave Korea first.", [], []),
 ("Britain, India and other Commonwealth countries urged Washington not to carry the war into China.", [], []),
 ("The Soviet Union supplies the Chinese armies with trucks, guns and ammunition.", ["SUN SUPPLIES_ARMS CHN"], []),
]
