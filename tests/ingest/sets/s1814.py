DAY = "2019-03-01"
SENTS = [
 ("Russia and China vetoed a US resolution at the Security Council on Thursday that called for new presidential elections in Venezuela and the unhindered delivery of aid.", ["RUS VETOES VEN", "CHN VETOES VEN"], []),
 ("A rival Russian text that expressed concern about threats to use force against Venezuela failed to get enough votes.", [], []),
 ("The United States and more than 50 other countries recognise opposition leader Juan Guaido as Venezuela's interim president.", ["USA SUPPORTS person:juan-guaido"], []),
 ("Nicolas Maduro, who retains the backing of the army and of Moscow and Beijing, has blocked aid convoys at the Colombian and Brazilian borders.", ["RUS SUPPORTS person:nicolas-maduro", "CHN SUPPORTS person:nicolas-maduro"], []),
 ("US envoy Elliott Abrams said Washington would keep pressing for Maduro to step down.", [], ["USA CONDEMNS person:nicolas-maduro"]),
]
