DAY = "2013-01-29"
SENTS = [
 ("Argentina and Iran agreed to set up a truth commission to investigate the 1994 bombing of a Jewish community centre in Buenos Aires, which Argentine prosecutors blame on Iranian officials.", [], ["ARG CONDEMNS IRN", "ARG MEETS IRN"]),
 ("Israel summoned Argentina's ambassador to express its disappointment, saying Iran was behind the attack that killed 85 people.", ["ISR CONDEMNS ARG", "ISR CONDEMNS IRN"], []),
 ("President Cristina Fernandez de Kirchner said the memorandum was a historic step, while Jewish groups in Argentina called it a betrayal of the victims.", [], ["person:cristina-fernandez-de-kirchner LEADS ARG", "person:cristina-fernandez-de-kirchner SUPPORTS IRN"]),
 ("Interpol has issued arrest warrants for five Iranians, including a former defence minister, at Argentina's request.", [], ["ARG CONDEMNS IRN"]),
]
