DAY = "2023-03-21"
SENTS = [
 ("Xi Jinping and Vladimir Putin pledged to deepen their strategic partnership at talks in the Kremlin on Tuesday, days after the International Criminal Court issued an arrest warrant for the Russian president.", ["person:xi-jinping MEETS person:vladimir-putin", "person:xi-jinping MEETS RUS"], ["CHN ALLIED_WITH RUS", "org:ICC CONDEMNS person:vladimir-putin", "person:vladimir-putin LEADS RUS"]),
 ("Putin said he welcomed China's twelve-point peace plan for Ukraine, which Kyiv's Western allies have dismissed as favouring Moscow.", ["person:vladimir-putin SUPPORTS CHN"], ["bloc:WEST ALLIED_WITH UKR", "bloc:WEST CONDEMNS CHN"]),
 ("The two leaders also signed agreements to expand trade, which has surged since Western sanctions cut Russia off from European markets.", ["CHN TRADES_WITH RUS", "bloc:WEST SANCTIONS RUS"], ["person:xi-jinping MEETS person:vladimir-putin"]),
 ("Washington accused Beijing of providing diplomatic cover for Russia's invasion and warned it against supplying lethal weapons to Moscow.", ["USA CONDEMNS CHN"], ["RUS ATTACKS UKR", "CHN SUPPORTS RUS"]),
 ("On the same day Japanese Prime Minister Fumio Kishida made a surprise visit to Kyiv, where he met Volodymyr Zelensky and pledged continued support.", ["person:fumio-kishida LEADS JPN", "person:fumio-kishida MEETS UKR", "person:fumio-kishida MEETS person:volodymyr-zelensky"], ["person:fumio-kishida SUPPORTS UKR"]),
]
