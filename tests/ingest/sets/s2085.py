DAY = "2000-05-25"
SENTS = [
 ("Israel completed its withdrawal from southern Lebanon on Wednesday, ending 22 years of occupation, as Hezbollah guerrillas took over positions abandoned by the Israeli army and its allied militia.", [], ["ISR DEPLOYS_TROOPS LBN", "ISR ATTACKS LBN"]),
 ("Prime Minister Ehud Barak said Israel would respond harshly to any attack across the border.", [], ["person:ehud-barak LEADS ISR"]),
 ("Lebanese President Emile Lahoud declared the day a national holiday.", ["person:emile-lahoud LEADS LBN"], []),
 ("UN Secretary-General Kofi Annan said the United Nations would verify that Israel had pulled out fully.", ["person:kofi-annan LEADS org:UN"], []),
 ("Syria, which keeps about 35,000 troops in Lebanon, said the withdrawal was a victory for the resistance.", ["SYR DEPLOYS_TROOPS LBN"], []),
]
