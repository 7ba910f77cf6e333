DAY = "2023-07-05"
SENTS = [
 ("Iran became a full member of the Shanghai Cooperation Organisation on Tuesday at a virtual summit hosted by Indian Prime Minister Narendra Modi.", ["IRN MEMBER_OF org:SCO", "person:narendra-modi LEADS IND"], []),
 ("Iranian President Ebrahim Raisi said membership would help his country resist American sanctions.", ["person:ebrahim-raisi LEADS IRN"], ["person:ebrahim-raisi CONDEMNS USA", "USA SANCTIONS IRN"]),
 ("Chinese President Xi Jinping and Russian President Vladimir Putin joined the summit by video link.", ["person:xi-jinping LEADS CHN", "person:vladimir-putin LEADS RUS"], ["person:narendra-modi MEETS person:xi-jinping", "person:narendra-modi MEETS person:vladimir-putin"]),
 ("Putin thanked the group's members for supporting Russia after last month's short-lived mutiny by the Wagner group.", [], ["org:SCO SUPPORTS RUS"]),
 ("Belarus signed a memorandum committing it to join the organisation next year.", [], []),
 ("The bloc, founded in 2001 by China, Russia and four Central Asian states, also includes India and Pakistan.", ["IND MEMBER_OF org:SCO", "PAK MEMBER_OF org:SCO"], ["CHN MEMBER_OF org:SCO", "RUS MEMBER_OF org:SCO"]),
]
