DAY = "1992-04-08"
SENTS = [
 ("The European Community recognised Bosnia-Herzegovina as an independent state on Monday, and the United States followed on Tuesday, recognising Croatia and Slovenia as well.", ["org:EU SUPPORTS BIH", "USA SUPPORTS HRV", "USA SUPPORTS SVN"], ["USA SUPPORTS BIH"]),
 ("Serbian irregulars and units of the Yugoslav army shelled Sarajevo and several Muslim towns in eastern Bosnia.", ["YUG ATTACKS BIH"], ["SRB ATTACKS BIH"]),
 ("Bosnian President Alija Izetbegovic appealed to the United Nations to send peacekeepers.", ["person:alija-izetbegovic LEADS BIH"], []),
 ("Serbia's leaders denounced the recognition as a violation of Yugoslavia's sovereignty.", [], ["SRB CONDEMNS org:EU", "SRB CONDEMNS USA"]),
 ("The Security Council voted in February to send 14,000 peacekeepers to Croatia.", [], ["org:UNSC DEPLOYS_TROOPS HRV", "org:UN DEPLOYS_TROOPS HRV"]),
]
