DAY = "1997-12-10"
SENTS = [
 ("Leaders and envoys of 55 Muslim countries gathered in Tehran on Tuesday for the summit of the Organization of the Islamic Conference, the largest meeting Iran has hosted since the 1979 revolution.", [], ["IRN MEMBER_OF org:OIC"]),
 ("Saudi Arabia sent its most senior delegation to Iran in two decades, led by Crown Prince Abdullah.", [], ["SAU MEETS IRN"]),
 ("President Mohammad Khatami, who opened the meeting, proposed a dialogue with the American people and condemned Israel's occupation of Arab land.", ["person:mohammad-khatami CONDEMNS ISR"], ["person:mohammad-khatami LEADS IRN"]),
 ("Iraq's vice president and the Palestinian leader, Yasser Arafat, were also among the delegates.", ["person:yasser-arafat LEADS PSE"], []),
 ("The United States, which accuses Iran of backing terrorism and seeking nuclear weapons, sent no observer.", ["USA CONDEMNS IRN"], []),
]
