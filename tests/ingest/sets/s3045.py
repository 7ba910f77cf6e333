DAY = "1971-12-01"
SENTS = [
 ("Iranian troops landed on the islands of Greater and Lesser Tunb in the Persian Gulf yesterday, a day before Britain's protection of the Gulf sheikhdoms ended.", [], ["IRN ATTACKS ARE"]),
 ("Three policemen from Ras al-Khaimah were killed resisting the landing.", [], []),
 ("Iraq broke off diplomatic relations with Iran and Britain, accusing London of handing Arab land to the Shah.", ["IRQ CONDEMNS GBR"], ["IRQ CONDEMNS IRN"]),
 ("Libya nationalized the British Petroleum Company's holdings in retaliation.", ["LBY CONDEMNS GBR"], ["LBY SANCTIONS GBR"]),
 ("Under an agreement with the Ruler of Sharjah, Iranian forces will share the island of Abu Musa with him.", [], ["IRN DEPLOYS_TROOPS ARE"]),
]
