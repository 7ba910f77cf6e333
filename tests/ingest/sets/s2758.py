DAY = "1984-03-06"
SENTS = [
 ("Lebanon's Cabinet formally canceled the troop withdrawal agreement with Israel on Monday, bowing to pressure from Syria.", [], ["LBN MEETS ISR"]),
 ("President Amin Gemayel had flown to Damascus last week for talks with President Hafez al-Assad, who has long demanded that the accord be scrapped.", ["person:amin-gemayel MEETS person:hafez-al-assad", "person:amin-gemayel MEETS SYR"], ["person:amin-gemayel LEADS LBN", "person:hafez-al-assad LEADS SYR"]),
 ("Israel, whose troops still occupy southern Lebanon, said the decision showed that Damascus now controlled the Lebanese government.", ["ISR DEPLOYS_TROOPS LBN"], []),
 ("The last of the American marines sent to Lebanon in 1982 left their positions at Beirut airport a week ago, and the British and Italian contingents have also gone.", ["USA DEPLOYS_TROOPS LBN"], ["GBR DEPLOYS_TROOPS LBN", "ITA DEPLOYS_TROOPS LBN"]),
]
