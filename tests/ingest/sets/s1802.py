DAY = "1982-06-07"
SENTS = [
 ("Israeli tanks and infantry invaded southern Lebanon on Sunday in an operation that the government said was aimed at driving Palestinian guerrillas out of rocket range of its northern towns.", ["ISR ATTACKS LBN"], []),
 ("Israeli jets also bombed Palestine Liberation Organization positions around Beirut and Damour.", ["ISR ATTACKS org:PLO"], ["ISR ATTACKS LBN"]),
 ("The invasion followed the shooting of Israel's ambassador in London on Thursday, which Israel blamed on the PLO.", [], ["ISR CONDEMNS org:PLO"]),
 ("The Security Council unanimously demanded that Israel withdraw all its forces from Lebanon.", [], ["org:UNSC CONDEMNS ISR", "ISR DEPLOYS_TROOPS LBN"]),
 ("Syria, which has about 30,000 troops in Lebanon, said its forces had clashed with the Israelis in the Bekaa Valley.", ["SYR DEPLOYS_TROOPS LBN", "SYR ATTACKS ISR", "ISR ATTACKS SYR"], []),
 ("President Ronald Reagan sent his special envoy Philip Habib to the region to seek a ceasefire.", [], []),
]
