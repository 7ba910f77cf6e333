DAY = "2022-01-07"
SENTS = [
 ("The Collective Security Treaty Organisation sent troops to Kazakhstan on Thursday after President Kassym-Jomart Tokayev asked the Russian-led alliance for help to quell unrest.", ["org:CSTO DEPLOYS_TROOPS KAZ"], ["person:kassym-jomart-tokayev LEADS KAZ", "KAZ MEMBER_OF org:CSTO", "org:CSTO SUPPORTS KAZ"]),
 ("Russia contributed most of the roughly 2,500 troops, with smaller contingents from Belarus, Armenia, Tajikistan and Kyrgyzstan.", [], ["RUS DEPLOYS_TROOPS KAZ", "BLR DEPLOYS_TROOPS KAZ", "ARM DEPLOYS_TROOPS KAZ", "TJK DEPLOYS_TROOPS KAZ", "KGZ DEPLOYS_TROOPS KAZ"]),
 ("Tokayev accused foreign-trained terrorists of attacking the country and ordered security forces to shoot to kill.", [], []),
 ("The United States questioned why Kazakhstan needed outside help and warned that it might be hard to get the Russians to leave.", [], ["USA CONDEMNS KAZ", "USA CONDEMNS RUS", "RUS DEPLOYS_TROOPS KAZ"]),
 ("China's Xi Jinping praised Tokayev's decisive measures.", ["person:xi-jinping SUPPORTS person:kassym-jomart-tokayev"], ["person:xi-jinping LEADS CHN", "person:xi-jinping SUPPORTS KAZ"]),
]
