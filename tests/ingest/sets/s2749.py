DAY = "1977-12-26"
SENTS = [
 ("Prime Minister Menachem Begin flew to Ismailia on Sunday for two days of talks with President Anwar el-Sadat, the first visit by an Israeli leader to Egypt.", ["person:menachem-begin MEETS person:anwar-sadat"], ["person:menachem-begin LEADS ISR", "person:anwar-sadat LEADS EGY", "person:menachem-begin MEETS EGY"]),
 ("Israel has held the Sinai peninsula, which it captured from Egypt in the Six-Day War, for more than ten years.", ["ISR ATTACKS EGY"], ["ISR DEPLOYS_TROOPS EGY"]),
 ("Syria and Libya, whose leaders met in Tripoli this month with those of Algeria, Iraq and the PLO, denounced Mr. Sadat as a traitor to the Arab cause.", ["SYR CONDEMNS person:anwar-sadat", "LBY CONDEMNS person:anwar-sadat"], []),
 ("Washington, which supplies most of Israel's weapons, welcomed the talks as a step toward a wider settlement.", ["USA SUPPLIES_ARMS ISR"], []),
]
