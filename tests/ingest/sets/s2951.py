DAY = "1958-09-02"
SENTS = [
 ("British frigates stood guard on Monday as Icelandic gunboats tried to seize trawlers fishing inside the twelve-mile limit that Iceland proclaimed at midnight.", [], ["GBR DEPLOYS_TROOPS ISL"]),
 ("A boarding party from the coastguard vessel Thor climbed onto a Grimsby trawler but was taken off by sailors from the frigate Eastbourne.", [], []),
 ("Britain does not recognize the new limit and has said that the Royal Navy will protect British ships on the high seas.", [], []),
 ("The Government in Reykjavik protested to London against what it called a violation of Icelandic territory by British warships.", ["ISL CONDEMNS GBR"], []),
 ("Iceland's Prime Minister, Hermann Jonasson, said his country might ask its partners in NATO to step in.", ["person:hermann-jonasson LEADS ISL"], ["ISL MEMBER_OF org:NATO"]),
]
