DAY = "2025-04-04"
SENTS = [
 ("Hungary announced on Thursday that it would withdraw from the International Criminal Court as Benjamin Netanyahu arrived in Budapest for a four-day visit.", ["person:benjamin-netanyahu MEETS HUN"], ["HUN MEMBER_OF org:ICC"]),
 ("The court issued an arrest warrant for the Israeli prime minister in November over alleged war crimes in Gaza.", [], []),
 ("Viktor Orbán welcomed his guest with military honours at the Buda Castle.", [], ["person:viktor-orban MEETS person:benjamin-netanyahu"]),
 ("As a member of the court, Hungary had been obliged to arrest Netanyahu.", ["HUN MEMBER_OF org:ICC"], []),
 ("Germany's incoming chancellor, Friedrich Merz, had also said he would find a way for Netanyahu to visit Germany without being arrested.", [], []),
]
