DAY = "1979-03-27"
SENTS = [
 ("Egyptian President Anwar Sadat and Israeli Prime Minister Menachem Begin signed a peace treaty on the White House lawn on Monday, ending 31 years of war between their countries.", ["person:anwar-sadat LEADS EGY", "person:menachem-begin LEADS ISR", "person:anwar-sadat MEETS person:menachem-begin", "person:anwar-sadat MEETS USA", "person:menachem-begin MEETS USA"], ["EGY ATTACKS ISR", "ISR ATTACKS EGY", "EGY ALLIED_WITH ISR"]),
 ("President Jimmy Carter, who mediated the agreement, signed as a witness.", [], ["person:jimmy-carter LEADS USA"]),
 ("Under the treaty, Israel will withdraw from the Sinai peninsula within three years and the two countries will establish diplomatic relations.", [], ["ISR DEPLOYS_TROOPS EGY"]),
 ("The United States promised Israel oil supplies and both countries billions of dollars in military and economic aid.", [], ["USA SUPPORTS ISR", "USA SUPPORTS EGY"]),
 ("Arab foreign ministers meeting in Baghdad voted to impose economic sanctions on Egypt and to suspend its membership of the Arab League.", ["EGY MEMBER_OF org:ARAB_LEAGUE"], ["org:ARAB_LEAGUE SANCTIONS EGY"]),
]
