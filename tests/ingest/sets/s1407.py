DAY = "2023-01-28"
SENTS = [
 ("A gunman stormed Azerbaijan's embassy in Tehran on Friday, killing the head of security and wounding two guards.", [], []),
 ("Baku evacuated its diplomats and accused Iranian authorities of ignoring repeated warnings about the embassy's safety.", ["AZE CONDEMNS IRN"], []),
 ("President Ilham Aliyev called the attack an act of terrorism and demanded that the perpetrator be punished.", [], ["person:ilham-aliyev LEADS AZE"]),
 ("Iran said the attacker had acted for personal reasons.", [], []),
 ("Relations have been strained by Azerbaijan's close ties with Israel, which sells it drones and other weapons.", ["ISR SUPPLIES_ARMS AZE"], ["AZE ALLIED_WITH ISR"]),
]
