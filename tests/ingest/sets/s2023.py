DAY = "2012-08-16"
SENTS = [
 ("Ecuador granted political asylum to WikiLeaks founder Julian Assange on Thursday, two months after he took refuge in its embassy in London.", [], []),
 ("Britain said it would not allow Assange safe passage out of the country and reminded Ecuador that it could revoke the embassy's diplomatic status.", [], ["GBR CONDEMNS ECU"]),
 ("Ecuador's Foreign Minister Ricardo Patino called the British warning a threat and said his country was not a British colony.", ["person:ricardo-patino CONDEMNS GBR"], []),
 ("President Rafael Correa received the backing of the Union of South American Nations and of the Bolivarian Alliance, whose members include Venezuela, Bolivia and Nicaragua.", ["VEN MEMBER_OF org:ALBA", "BOL MEMBER_OF org:ALBA", "NIC MEMBER_OF org:ALBA"], ["person:rafael-correa LEADS ECU", "org:ALBA SUPPORTS ECU", "org:ALBA SUPPORTS person:rafael-correa", "org:UNASUR SUPPORTS person:rafael-correa", "org:UNASUR SUPPORTS ECU"]),
 ("Sweden, which wants to question Assange over allegations of sexual assault, summoned Ecuador's ambassador in Stockholm.", ["SWE CONDEMNS ECU"], []),
]
