DAY = "1953-08-20"
SENTS = [
 ("Troops loyal to the Shah overthrew Prime Minister Mohammad Mosaddegh on Wednesday after a day of street fighting in Tehran that left about 300 dead.", [], ["person:mohammad-mosaddegh LEADS IRN", "person:mohammad-reza-pahlavi LEADS IRN"]),
 ("General Fazlollah Zahedi, whom the Shah named prime minister last week, took control of the government.", [], ["person:fazlollah-zahedi LEADS IRN"]),
 ("Shah Mohammad Reza Pahlavi, who fled to Rome on Sunday, said he would return to Iran soon.", [], ["person:mohammad-reza-pahlavi LEADS IRN", "person:mohammad-reza-pahlavi MEETS ITA"]),
 ("Mosaddegh nationalised Iran's oil industry in 1951, provoking a British boycott of Iranian oil.", ["GBR SANCTIONS IRN"], []),
 ("The United States, which had refused Mosaddegh's requests for aid, is expected to offer the new government economic assistance.", [], ["USA SUPPORTS IRN"]),
]
