DAY = "2025-02-21"
SENTS = [
 ("France handed over its military base at Port-Bouet to Ivory Coast on Thursday, ending decades of permanent French deployment in the country.", [], ["FRA DEPLOYS_TROOPS CIV", "FRA SUPPORTS CIV"]),
 ("Some 80 French instructors remain at the base, renamed after the first chief of staff of the Ivorian army, whose officers they train.", ["FRA DEPLOYS_TROOPS CIV"], ["FRA SUPPORTS CIV"]),
 ("The handover, attended by the defence ministers of both countries, follows French withdrawals from Chad, Senegal and the Sahel states.", [], ["FRA MEETS CIV"]),
 ("President Alassane Ouattara, a close ally of Paris, announced the decision in his New Year address.", [], ["person:alassane-ouattara LEADS CIV", "person:alassane-ouattara ALLIED_WITH FRA", "CIV ALLIED_WITH FRA"]),
 ("The juntas of Mali, Burkina Faso and Niger expelled French forces between 2022 and 2023 and now rely on Russian instructors.", [], ["RUS DEPLOYS_TROOPS MLI", "RUS DEPLOYS_TROOPS BFA", "RUS DEPLOYS_TROOPS NER", "RUS SUPPORTS MLI", "RUS SUPPORTS BFA", "RUS SUPPORTS NER", "FRA DEPLOYS_TROOPS MLI", "FRA DEPLOYS_TROOPS BFA", "FRA DEPLOYS_TROOPS NER"]),
]
