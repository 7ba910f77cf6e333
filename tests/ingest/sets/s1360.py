DAY = "2022-10-10"
SENTS = [
 ("A truck bomb partially destroyed the Kerch bridge linking Russia to annexed Crimea on Saturday, and Moscow blamed Ukrainian special services.", ["RUS CONDEMNS UKR"], ["UKR ATTACKS RUS"]),
 ("Two days later Russia fired more than 80 cruise missiles at cities across Ukraine, hitting Kyiv for the first time in months.", ["RUS ATTACKS UKR"], []),
 ("Vladimir Putin called the bridge attack a terrorist act carried out by Kyiv.", ["person:vladimir-putin CONDEMNS UKR"], ["UKR ATTACKS RUS"]),
 ("Germany pledged to deliver the first of four IRIS-T air defence systems to Ukraine within days.", [], ["DEU SUPPLIES_ARMS UKR"]),
 ("Belarusian leader Alexander Lukashenko announced that Belarusian troops would deploy with Russian forces near the Ukrainian border.", ["person:alexander-lukashenko LEADS BLR"], ["BLR ALLIED_WITH RUS"]),
]
