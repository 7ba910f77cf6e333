DAY = "2020-06-16"
SENTS = [
 ("North Korea blew up the inter-Korean liaison office in the border town of Kaesong on Tuesday, days after Kim Yo Jong threatened to retaliate against Seoul over propaganda leaflets.", [], ["person:kim-yo-jong CONDEMNS KOR"]),
 ("The four-storey building, built by South Korea in 2018, had been a symbol of reconciliation between the two Koreas.", [], []),
 ("South Korea's presidential office expressed strong regret and warned Pyongyang that it would respond strongly to any further provocation.", [], ["KOR CONDEMNS PRK"]),
 ("North Korea's army said it would send troops back into the demilitarised zone and resume drills near the border.", [], []),
 ("President Moon Jae-in, who had met Kim Jong Un three times in 2018, urged the North not to abandon the agreements they had signed.", ["person:moon-jae-in MEETS person:kim-jong-un"], ["person:moon-jae-in LEADS KOR"]),
]
