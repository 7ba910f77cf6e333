DAY = "1981-10-07"
SENTS = [
 ("President Anwar Sadat of Egypt was assassinated on Tuesday by soldiers who fired into the reviewing stand at a military parade in Cairo.", ["person:anwar-sadat LEADS EGY"], []),
 ("Vice President Hosni Mubarak, who was wounded slightly, was nominated to succeed him.", [], []),
 ("President Reagan called Sadat a champion of peace and said the United States would stand by Egypt.", [], ["person:ronald-reagan LEADS USA", "USA SUPPORTS EGY", "person:ronald-reagan SUPPORTS person:anwar-sadat", "person:ronald-reagan SUPPORTS EGY"]),
 ("Libya's leader, Muammar Gaddafi, welcomed the killing, and crowds celebrated in Tripoli.", ["person:muammar-gaddafi LEADS LBY"], []),
 ("Former Presidents Nixon, Ford and Carter will lead the American delegation to the funeral in Cairo on Saturday.", [], ["person:richard-nixon MEETS EGY", "person:jimmy-carter MEETS EGY", "USA MEETS EGY"]),
 ("Israeli Prime Minister Menachem Begin, who signed the peace treaty with Sadat in 1979, said he had lost a friend.", ["person:menachem-begin LEADS ISR", "person:menachem-begin MEETS person:anwar-sadat"], []),
]
