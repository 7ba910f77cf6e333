DAY = "2022-06-15"
SENTS = [
 ("Canada and Denmark agreed on Tuesday to split Hans Island, a barren rock between Greenland and Canada's Ellesmere Island, ending a decades-old dispute known as the Whisky War.", [], ["CAN MEETS DNK"]),
 ("Canadian Foreign Minister Melanie Joly and her Danish counterpart Jeppe Kofod signed the agreement in Ottawa and exchanged bottles of whisky and schnapps.", ["person:melanie-joly MEETS person:jeppe-kofod", "person:jeppe-kofod MEETS CAN"], []),
 ("Joly said the agreement sent a signal to Russia that disputes in the Arctic could be solved peacefully.", [], []),
 ("Greenland's premier, Mute Egede, welcomed the deal.", [], []),
 ("Both countries are members of NATO and the Arctic Council.", [], ["CAN MEMBER_OF org:NATO", "DNK MEMBER_OF org:NATO", "CAN MEMBER_OF org:ARCTIC_COUNCIL", "DNK MEMBER_OF org:ARCTIC_COUNCIL"]),
]
