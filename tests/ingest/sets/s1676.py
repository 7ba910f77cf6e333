DAY = "2010-05-21"
SENTS = [
 ("An international investigation concluded on Thursday that a North Korean torpedo sank the South Korean warship Cheonan in March, killing 46 sailors.", ["PRK ATTACKS KOR"], []),
 ("Pyongyang denied any involvement and threatened all-out war if Seoul imposed sanctions over the sinking.", [], ["PRK CONDEMNS KOR"]),
 ("President Lee Myung-bak vowed to take resolute countermeasures and to bring the matter before the UN Security Council.", [], ["person:lee-myung-bak LEADS KOR"]),
 ("The United States said it strongly supported South Korea and called the attack an act of aggression.", ["USA SUPPORTS KOR"], ["USA CONDEMNS PRK"]),
 ("China, North Korea's main ally, said it would assess the report objectively.", ["CHN ALLIED_WITH PRK"], []),
]
