DAY = "1978-09-18"
SENTS = [
 ("Egyptian President Anwar Sadat and Israeli Prime Minister Menachem Begin signed two framework agreements at the White House on Sunday night after thirteen days of secluded talks at Camp David.", ["person:anwar-sadat LEADS EGY", "person:menachem-begin LEADS ISR", "person:anwar-sadat MEETS person:menachem-begin"], []),
 ("President Jimmy Carter, who mediated the negotiations, called the accords a great victory for peace.", [], ["person:jimmy-carter MEETS person:anwar-sadat", "person:jimmy-carter MEETS person:menachem-begin"]),
 ("Under the framework, Israel is to return the Sinai Peninsula, which it seized in 1967, within three years of a peace treaty.", [], ["ISR ATTACKS EGY"]),
 ("Syria and the Palestine Liberation Organization denounced the agreements as a betrayal of the Arab cause.", [], ["SYR CONDEMNS ISR", "org:PLO CONDEMNS EGY", "SYR CONDEMNS EGY"]),
 ("Saudi Arabia, a major financial backer of Cairo, reacted with cautious silence.", [], ["SAU SUPPORTS EGY"]),
]
