DAY = "2024-05-09"
SENTS = [
 ("Xi Jinping arrived in Belgrade on Tuesday on the twenty-fifth anniversary of NATO's bombing of the Chinese embassy there.", ["person:xi-jinping MEETS SRB"], ["org:NATO ATTACKS CHN", "org:NATO ATTACKS SRB"]),
 ("Serbian President Aleksandar Vucic hailed China as a steel-clad friend, and the two countries signed an agreement on building a shared future.", ["person:aleksandar-vucic LEADS SRB"], ["person:aleksandar-vucic SUPPORTS CHN", "SRB MEETS CHN", "person:aleksandar-vucic MEETS person:xi-jinping"]),
 ("Serbia, which is not a member of the European Union, buys most of its weapons from Russia and China.", ["RUS SUPPLIES_ARMS SRB", "CHN SUPPLIES_ARMS SRB"], []),
 ("Xi then travelled to Budapest, where Viktor Orban welcomed him with a state ceremony.", ["person:xi-jinping MEETS HUN", "person:viktor-orban MEETS person:xi-jinping"], []),
 ("Hungary, an EU and NATO member, is Beijing's closest partner in the bloc.", ["HUN MEMBER_OF org:EU", "HUN MEMBER_OF org:NATO"], ["HUN ALLIED_WITH CHN", "HUN TRADES_WITH CHN"]),
]
