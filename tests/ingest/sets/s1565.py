DAY = "2015-04-08"
SENTS = [
 ("Greek Prime Minister Alexis Tsipras met Vladimir Putin in the Kremlin on Wednesday as Athens struggled to secure new loans from its European creditors.", ["person:alexis-tsipras LEADS GRC", "person:alexis-tsipras MEETS person:vladimir-putin", "person:alexis-tsipras MEETS RUS"], []),
 ("Tsipras criticised the sanctions the European Union imposed on Russia over Ukraine, calling them a road to nowhere.", ["person:alexis-tsipras CONDEMNS org:EU", "org:EU SANCTIONS RUS"], []),
 ("Putin said Russia might lift its ban on Greek food imports, which it introduced in retaliation for the sanctions.", [], ["RUS SANCTIONS GRC"]),
 ("Greece, a member of both NATO and the EU, has traditionally close ties with Russia through the Orthodox church.", ["GRC MEMBER_OF org:NATO", "GRC MEMBER_OF org:EU"], []),
 ("German officials warned Athens not to break ranks with its partners on Russia.", [], ["DEU CONDEMNS GRC"]),
]
