DAY = "1940-04-10"
SENTS = [
 ("German forces occupied Denmark without a fight on Tuesday and landed troops at Oslo, Bergen, Trondheim and Narvik in Norway.", ["DEU DEPLOYS_TROOPS NOR", "DEU DEPLOYS_TROOPS DNK"], ["DEU ATTACKS DNK", "DEU ATTACKS NOR"]),
 ("Norwegian coastal batteries sank the German heavy cruiser Blucher in the Oslofjord.", ["NOR ATTACKS DEU"], []),
 ("King Haakon and his government left the capital and refused a German demand to appoint Vidkun Quisling prime minister.", [], ["person:haakon-vii LEADS NOR"]),
 ("Britain and France, which laid mines off the Norwegian coast on Monday, promised Norway all possible help.", [], ["GBR SUPPORTS NOR", "FRA SUPPORTS NOR"]),
 ("King Christian ordered the Danish army not to resist.", [], ["person:christian-x LEADS DNK"]),
]
