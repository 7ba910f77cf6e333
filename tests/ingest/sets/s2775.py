DAY = "1988-06-10"
SENTS = [
 ("Arab leaders ended a summit in Algiers on Thursday with a pledge of money and political support for the Palestinian uprising in the Israeli-occupied territories.", [], ["org:ARAB_LEAGUE SUPPORTS org:PLO"]),
 ("President Chadli Bendjedid of Algeria, the host, embraced Yasir Arafat as he arrived at the conference hall.", ["person:chadli-bendjedid LEADS DZA", "person:chadli-bendjedid MEETS person:yasser-arafat"], []),
 ("Syria's President Hafez al-Assad, who has fought Mr. Arafat's followers in Lebanon, stayed away and sent his vice president.", ["person:hafez-al-assad LEADS SYR"], ["SYR ATTACKS org:PLO"]),
 ("Saudi Arabia and Kuwait, which already give the PLO tens of millions of dollars a year, promised more.", ["SAU SUPPORTS org:PLO", "KWT SUPPORTS org:PLO"], []),
]
