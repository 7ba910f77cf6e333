DAY = "1995-11-21"
SENTS = [
 ("The presidents of Bosnia, Serbia and Croatia initialled a peace agreement at an air base near Dayton, Ohio, on Tuesday after three weeks of talks.", [], ["BIH MEETS HRV", "BIH MEETS SRB", "HRV MEETS SRB"]),
 ("Serbian President Slobodan Milosevic, Bosnian President Alija Izetbegovic and Croatian President Franjo Tudjman are to sign the accord formally in Paris.", ["person:slobodan-milosevic LEADS SRB", "person:alija-izetbegovic LEADS BIH", "person:franjo-tudjman LEADS HRV"], []),
 ("NATO will send some 60,000 troops to Bosnia to enforce the settlement, including 20,000 Americans.", [], ["org:NATO DEPLOYS_TROOPS BIH", "USA DEPLOYS_TROOPS BIH"]),
 ("NATO aircraft bombed Bosnian Serb positions in August and September after a shelling of a Sarajevo market.", [], []),
 ("The UN Security Council is expected to lift its arms embargo on the former Yugoslavia and suspend sanctions against Belgrade.", [], ["org:UNSC SANCTIONS SRB", "org:UNSC SANCTIONS YUG"]),
]
