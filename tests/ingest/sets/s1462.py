DAY = "2023-05-20"
SENTS = [
 ("Bashar al-Assad attended an Arab League summit in Jeddah on Friday, two weeks after the bloc readmitted Syria following a 12-year suspension.", ["SYR MEMBER_OF org:ARAB_LEAGUE"], ["person:bashar-al-assad MEETS SAU"]),
 ("Crown Prince Mohammed bin Salman greeted him with a kiss on both cheeks.", [], ["person:mohammed-bin-salman MEETS person:bashar-al-assad"]),
 ("Qatar and Kuwait opposed the return but did not block it.", [], []),
 ("Volodymyr Zelensky also addressed the summit and accused some Arab leaders of turning a blind eye to Russia's invasion.", ["RUS ATTACKS UKR"], []),
 ("The United States said Syria did not merit readmission and that its sanctions on Damascus would remain.", ["USA SANCTIONS SYR"], ["USA CONDEMNS SYR"]),
]
