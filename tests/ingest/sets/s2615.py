DAY = "1992-11-20"
SENTS = [
 ("Boris Yeltsin on Thursday became the first Russian leader to visit South Korea, signing a treaty on basic relations with President Roh Tae-woo in Seoul.", ["person:boris-yeltsin MEETS KOR", "person:boris-yeltsin MEETS person:roh-tae-woo", "person:boris-yeltsin LEADS RUS"], ["person:roh-tae-woo LEADS KOR", "RUS MEETS KOR"]),
 ("Mr. Yeltsin handed over the flight recorder of the Korean Air Lines jet that a Soviet fighter shot down in 1983, and apologized for the loss of 269 lives.", [], ["SUN ATTACKS KOR"]),
 ("South Korea lent the Soviet Union $3 billion in 1990, when the two countries established diplomatic ties, and Russia offered to repay part of the debt in weapons.", ["KOR SUPPORTS SUN"], ["KOR SUPPORTS RUS", "RUS SUPPLIES_ARMS KOR"]),
 ("North Korea, which lost its main patron when the Soviet Union collapsed, said nothing about the visit.", [], ["SUN SUPPORTS PRK"]),
]
