DAY = "2025-09-20"
SENTS = [
 ("Three Russian MiG-31 fighter jets violated Estonian airspace for 12 minutes on Friday, prompting Tallinn to request NATO consultations.", [], ["RUS ATTACKS EST"]),
 ("Italian F-35s stationed in Estonia under NATO's Baltic air policing mission were scrambled to intercept them.", ["ITA DEPLOYS_TROOPS EST"], []),
 ("Estonia summoned Russia's charge d'affaires and handed him a protest note.", ["EST CONDEMNS RUS"]),
 ("The EU's foreign policy chief, Kaja Kallas, a former Estonian prime minister, called it an extremely dangerous provocation.", [], ["person:kaja-kallas LEADS org:EU", "person:kaja-kallas CONDEMNS RUS"]),
 ("The Russian defence ministry denied that its aircraft had entered Estonian airspace.", []),
]
