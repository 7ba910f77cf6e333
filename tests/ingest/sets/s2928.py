DAY = "1980-03-04"
SENTS = [
 ("President Carter said on Monday that the American vote for a Security Council resolution against Israeli settlements in occupied Arab territory had been a mistake.", [], ["person:jimmy-carter LEADS USA", "USA CONDEMNS ISR"]),
 ("The resolution, adopted unanimously on Saturday, deplored the settlements and called on Israel to dismantle them.", [], ["org:UNSC CONDEMNS ISR"]),
 ("Mr. Carter said Washington had meant to abstain because of the references to Jerusalem, and blamed a failure of communication.", [], []),
 ("Meeting in emergency session, Prime Minister Menachem Begin's cabinet turned the resolution down and accused the Security Council of hypocrisy.", ["ISR CONDEMNS org:UNSC"], ["person:menachem-begin LEADS ISR", "person:menachem-begin CONDEMNS org:UNSC"]),
 ("Arab delegates at the United Nations said the reversal showed that the Americans could not be trusted.", [], []),
]
