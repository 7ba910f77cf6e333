DAY = "2010-06-13"
SENTS = [
 ("Kyrgyzstan's interim leader, Roza Otunbayeva, asked Russia on Saturday to send troops to help end ethnic violence in the southern city of Osh, where more than 100 people have been killed.", ["person:roza-otunbayeva LEADS KGZ"], ["RUS DEPLOYS_TROOPS KGZ"]),
 ("The Kremlin turned down the request, saying the unrest was an internal matter, but flew a battalion of paratroopers to its air base at Kant to protect Russian servicemen and their families.", [], ["RUS DEPLOYS_TROOPS KGZ"]),
 ("President Dmitry Medvedev discussed the crisis by telephone with Otunbayeva and with Uzbek President Islam Karimov, whose country has taken in tens of thousands of ethnic Uzbek refugees.", ["person:islam-karimov LEADS UZB", "person:dmitry-medvedev MEETS person:islam-karimov", "person:dmitry-medvedev MEETS person:roza-otunbayeva"], ["person:dmitry-medvedev LEADS RUS", "person:dmitry-medvedev MEETS KGZ"]),
 ("Uzbekistan closed its border on Monday after saying it could take no more refugees.", [], ["UZB SANCTIONS KGZ"]),
 ("The Collective Security Treaty Organization, a Moscow-led alliance that includes Kyrgyzstan, said it would send helicopters and trucks but no peacekeepers.", ["KGZ MEMBER_OF org:CSTO"], ["RUS MEMBER_OF org:CSTO", "org:CSTO SUPPORTS KGZ"]),
]
