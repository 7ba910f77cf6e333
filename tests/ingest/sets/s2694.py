DAY = "1980-07-29"
SENTS = [
 ("Mohammad Reza Pahlavi, the deposed Shah of Iran, was buried in Cairo on Tuesday after a military funeral led by President Anwar el-Sadat.", [], ["person:anwar-sadat LEADS EGY"]),
 ("Former President Richard M. Nixon and the former King Constantine of Greece walked behind the coffin, while the United States sent only its ambassador.", [], []),
 ("Tehran radio denounced Egypt for giving refuge to a criminal and called Mr. Sadat a puppet of Zionism.", ["IRN CONDEMNS EGY", "IRN CONDEMNS person:anwar-sadat"], []),
 ("Egypt had taken in the Shah in March, when Panama's government hinted it might hand him over to Iran.", [], []),
]
