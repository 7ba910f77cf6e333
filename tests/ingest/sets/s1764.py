DAY = "1981-06-09"
SENTS = [
 ("Israeli warplanes destroyed Iraq's Osirak nuclear reactor near Baghdad on Sunday in a raid that the government said was meant to stop Saddam Hussein from building an atomic bomb.", ["ISR ATTACKS IRQ"], []),
 ("Prime Minister Menachem Begin said the reactor would have been able to produce bombs by 1985.", [], []),
 ("The United States condemned the raid and suspended the delivery of four F-16 fighter jets to Israel.", [], ["USA CONDEMNS ISR", "USA SANCTIONS ISR", "USA SUPPLIES_ARMS ISR"]),
 ("The Security Council unanimously condemned Israel for the attack on June 19, in a resolution backed by Washington.", ["org:UNSC CONDEMNS ISR"], ["USA CONDEMNS ISR"]),
 ("France, which built the reactor, said it had been for peaceful research only.", [], []),
 ("Egypt's President Anwar Sadat, who had met Begin in Sinai three days before the raid, said he felt humiliated.", ["person:anwar-sadat LEADS EGY", "person:anwar-sadat MEETS person:menachem-begin"], []),
]
