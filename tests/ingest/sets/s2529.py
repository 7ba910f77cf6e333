DAY = "2015-06-20"
SENTS = [
 ("Greece and Russia signed an agreement on Friday to build a pipeline that would carry Russian gas across Greek territory to Europe.", ["GRC TRADES_WITH RUS"], []),
 ("Prime Minister Alexis Tsipras met Vladimir Putin at an economic forum in St Petersburg as his government tried to avoid a default in talks with its European creditors.", ["person:alexis-tsipras MEETS person:vladimir-putin"], ["person:alexis-tsipras LEADS GRC", "person:alexis-tsipras MEETS RUS"]),
 ("Putin said Russia would consider lending Greece money if it asked, but that Athens had not done so.", [], ["RUS SUPPORTS GRC"]),
 ("The European Commission has opposed Russian pipeline projects that bypass Ukraine.", [], ["org:EC CONDEMNS RUS"]),
 ("Greece, a member of NATO and of the European Union, has questioned the bloc's sanctions on Russia over Ukraine.", ["GRC MEMBER_OF org:NATO", "GRC MEMBER_OF org:EU"], ["org:EU SANCTIONS RUS"]),
]
