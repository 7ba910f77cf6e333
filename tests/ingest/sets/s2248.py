DAY = "1995-12-14"
SENTS = [
 ("The presidents of Bosnia, Serbia and Croatia signed the Dayton peace agreement in Paris on Thursday, ending nearly four years of war in Bosnia.", [], ["BIH MEETS SRB", "BIH MEETS HRV", "SRB MEETS HRV", "SRB ATTACKS BIH"]),
 ("President Clinton, President Jacques Chirac, Chancellor Helmut Kohl and Prime Minister John Major witnessed the signing at the Elysee Palace.", [], ["person:jacques-chirac LEADS FRA", "person:bill-clinton MEETS FRA", "person:helmut-kohl MEETS FRA", "person:john-major MEETS FRA", "person:bill-clinton LEADS USA", "person:helmut-kohl LEADS DEU", "person:john-major LEADS GBR", "person:bill-clinton MEETS person:helmut-kohl", "person:bill-clinton MEETS person:jacques-chirac", "person:bill-clinton MEETS person:john-major", "person:helmut-kohl MEETS person:jacques-chirac", "person:helmut-kohl MEETS person:john-major", "person:jacques-chirac MEETS person:john-major"]),
 ("Serbian President Slobodan Milosevic shook hands with Alija Izetbegovic, the Bosnian president, whose capital Serbian forces had besieged since 1992.", ["person:slobodan-milosevic LEADS SRB", "person:alija-izetbegovic LEADS BIH", "person:alija-izetbegovic MEETS person:slobodan-milosevic"], ["SRB ATTACKS BIH"]),
 ("Russia will contribute a brigade under American command.", [], []),
 ("Croatia's President Franjo Tudjman said the agreement would bring lasting peace to the region.", ["person:franjo-tudjman LEADS HRV"], []),
]
