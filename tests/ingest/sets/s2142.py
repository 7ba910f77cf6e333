DAY = "1981-12-19"
SENTS = [
 ("The United States suspended its strategic cooperation agreement with Israel on Friday in protest against Israel's annexation of the Golan Heights, which it captured from Syria in 1967.", ["USA SANCTIONS ISR", "USA CONDEMNS ISR", "ISR ATTACKS SYR"], ["ISR DEPLOYS_TROOPS SYR", "USA ALLIED_WITH ISR"]),
 ("Prime Minister Menachem Begin accused Washington of treating Israel like a vassal state and summoned the American ambassador, Samuel Lewis, to hear his protest.", ["person:menachem-begin CONDEMNS USA"], ["person:menachem-begin LEADS ISR", "ISR CONDEMNS USA"]),
 ("The Security Council voted unanimously on Thursday to declare the annexation null and void.", [], ["org:UNSC CONDEMNS ISR"]),
 ("Syria called on Arab states to cut all ties with the United States.", [], ["SYR CONDEMNS USA"]),
 ("The agreement, signed three weeks ago, provided for joint military exercises and American use of Israeli ports.", [], ["USA ALLIED_WITH ISR"]),
]
