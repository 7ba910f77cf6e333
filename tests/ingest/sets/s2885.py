DAY = "1950-10-28"
SENTS = [
 ("India protested to Peking on Thursday against the entry of Chinese troops into Tibet, calling it deplorable.", ["IND CONDEMNS CHN"], []),
 ("Peking replied that Tibet was part of China and that the People's Liberation Army would free it from imperialist influence.", [], []),
 ("The Tibetan government has appealed to the United Nations for help.", [], []),
 ("Britain said it would consult India before taking any action.", [], ["GBR MEETS IND"]),
 ("Nehru's government recognized Peking in December.", ["IND SUPPORTS CHN"], ["person:jawaharlal-nehru SUPPORTS CHN", "person:jawaharlal-nehru LEADS IND"]),
]
