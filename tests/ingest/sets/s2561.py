DAY = "2009-06-24"
SENTS = [
 ("Britain expelled two Iranian diplomats on Tuesday in retaliation for Tehran's expulsion of two British envoys over the unrest that followed Iran's disputed presidential election.", ["GBR CONDEMNS IRN"], ["IRN CONDEMNS GBR"]),
 ("Prime Minister Gordon Brown said he regretted the Iranian action but that it had left Britain no choice.", [], ["person:gordon-brown LEADS GBR", "person:gordon-brown CONDEMNS IRN"]),
 ("Supreme Leader Ayatollah Ali Khamenei called Britain the most evil of Iran's enemies in a sermon last week.", ["person:ali-khamenei CONDEMNS GBR"], ["person:ali-khamenei LEADS IRN"]),
 ("Iranian officials have accused Western governments of stirring up the protests.", ["IRN CONDEMNS bloc:WEST"], []),
 ("Governments across the European Union summoned Iran's ambassadors to protest against the crackdown.", [], ["org:EU CONDEMNS IRN"]),
]
