DAY = "1997-01-16"
SENTS = [
 ("Prime Minister Benjamin Netanyahu and Yasser Arafat shook hands at the Erez checkpoint early on Wednesday after agreeing on the Israeli withdrawal from most of Hebron.", ["person:benjamin-netanyahu MEETS person:yasser-arafat"], ["person:benjamin-netanyahu LEADS ISR"]),
 ("The Israeli cabinet approved the accord hours later by 11 votes to 7.", [], []),
 ("Israeli troops are to pull out of 80 percent of the city within 10 days, leaving some 450 Jewish settlers under army protection.", [], []),
 ("Jordan's King Hussein, who flew to Gaza and Tel Aviv to help clinch the deal, was thanked by both leaders.", ["person:hussein-bin-talal LEADS JOR"], ["person:hussein-bin-talal MEETS ISR", "person:benjamin-netanyahu SUPPORTS person:hussein-bin-talal", "person:yasser-arafat SUPPORTS person:hussein-bin-talal"]),
]
