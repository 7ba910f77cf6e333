DAY = "2015-12-19"
SENTS = [
 ("The African Union said on Friday it would deploy 5,000 peacekeepers to Burundi to protect civilians, even without the consent of President Pierre Nkurunziza's government.", [], ["org:AU DEPLOYS_TROOPS BDI", "person:pierre-nkurunziza LEADS BDI"]),
 ("Burundi rejected the plan, saying any foreign troops entering the country without its approval would be treated as an invading force.", [], ["BDI CONDEMNS org:AU"]),
 ("The European Union has imposed travel bans and asset freezes on four Burundian officials over the violence that followed Nkurunziza's bid for a third term.", ["org:EU SANCTIONS BDI"], []),
 ("Burundi's government accused Rwanda of training and arming rebels seeking to overthrow Nkurunziza.", ["BDI CONDEMNS RWA"], ["RWA SUPPLIES_ARMS BDI"]),
 ("Rwandan President Paul Kagame dismissed the accusation.", ["person:paul-kagame LEADS RWA"], []),
 ("Belgium, the former colonial power, suspended part of its development aid to Burundi in May.", [], ["BEL SANCTIONS BDI"]),
]
