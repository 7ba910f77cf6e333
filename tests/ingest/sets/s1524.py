DAY = "2016-07-18"
SENTS = [
 ("Recep Tayyip Erdogan blamed the failed coup on Fethullah Gulen, a cleric living in exile in Pennsylvania, and demanded that the United States extradite him.", ["person:recep-tayyip-erdogan CONDEMNS person:fethullah-gulen"], ["person:recep-tayyip-erdogan CONDEMNS USA"]),
 ("Turkey's labour minister went further, accusing Washington of being behind the attempt.", [], ["TUR CONDEMNS USA"]),
 ("John Kerry rejected the claims and warned that they could harm relations between the NATO allies.", [], ["person:john-kerry CONDEMNS TUR"]),
 ("Turkish authorities cut power to Incirlik air base, used by American aircraft bombing Islamic State, and closed its airspace.", ["USA ATTACKS org:ISIS"], ["USA DEPLOYS_TROOPS TUR"]),
 ("Vladimir Putin called Erdogan to offer his support, weeks before the two leaders met in St Petersburg to end a crisis over the downing of a Russian jet.", ["person:vladimir-putin MEETS person:recep-tayyip-erdogan"], ["person:vladimir-putin SUPPORTS person:recep-tayyip-erdogan", "person:recep-tayyip-erdogan MEETS RUS"]),
]
