DAY = "1973-03-21"
SENTS = [
 ("Iraqi troops attacked and occupied a Kuwaiti border post at Samita on Tuesday, killing two Kuwaiti policemen, the Government of Kuwait announced.", ["IRQ ATTACKS KWT"], []),
 ("Kuwait closed its frontier with Iraq, put its army on alert and recalled its ambassador from Baghdad for consultations.", [], []),
 ("Saudi Arabia said on Wednesday that it had moved troops into Kuwait at the request of the Emir and that it stood firmly beside its neighbour.", ["SAU DEPLOYS_TROOPS KWT"], ["SAU SUPPORTS KWT"]),
 ("Mahmoud Riad, the Secretary General of the Arab League, flew to Baghdad to try to arrange a withdrawal.", ["person:mahmoud-riad LEADS org:ARAB_LEAGUE", "person:mahmoud-riad MEETS IRQ"], []),
 ("Baghdad Radio said the post stood on Iraqi soil and accused Kuwait of provoking the clash by sending police into the area.", ["IRQ CONDEMNS KWT"], []),
]
