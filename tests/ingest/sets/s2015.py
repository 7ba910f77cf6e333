DAY = "2018-02-07"
SENTS = [
 ("Maldives President Abdulla Yameen declared a state of emergency on Monday and his security forces arrested two Supreme Court judges and the former president, Maumoon Abdul Gayoom.", ["person:abdulla-yameen LEADS MDV"], []),
 ("Exiled former president Mohamed Nasheed urged India to send an envoy backed by its military to free the detainees.", [], []),
 ("India said it was disturbed by the declaration of the emergency.", [], ["IND CONDEMNS MDV"]),
 ("China, which has lent the Maldives heavily for bridges and housing projects, said the crisis was an internal affair and warned against outside interference.", ["CHN SUPPORTS MDV"], ["CHN CONDEMNS IND"]),
 ("Yameen sent envoys to China, Pakistan and Saudi Arabia to brief them on the situation.", [], ["MDV MEETS CHN", "MDV MEETS PAK", "MDV MEETS SAU"]),
]
