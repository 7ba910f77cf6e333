DAY = "2015-07-26"
SENTS = [
 ("Barack Obama told an audience in Nairobi on Sunday that Kenya could be a model for Africa, on the first visit by a sitting US president to his father's homeland.", ["person:barack-obama MEETS KEN"], []),
 ("Obama held talks with President Uhuru Kenyatta on security cooperation against the Somali militant group al-Shabaab.", ["person:barack-obama MEETS person:uhuru-kenyatta"], ["person:uhuru-kenyatta LEADS KEN", "USA ALLIED_WITH KEN"]),
 ("Kenyan troops are part of the African Union force fighting al-Shabaab in Somalia.", ["KEN DEPLOYS_TROOPS SOM", "KEN ATTACKS org:SHABAAB"], ["KEN MEMBER_OF org:AU", "org:AU DEPLOYS_TROOPS SOM"]),
 ("Kenyatta rejected Obama's call for equal rights for gay people, saying it was not an issue for Kenyans.", [], ["person:uhuru-kenyatta CONDEMNS person:barack-obama"]),
 ("Obama flew on to Addis Ababa for talks with the Ethiopian government and the African Union.", ["person:barack-obama MEETS ETH"], ["person:barack-obama MEETS org:AU"]),
]
