DAY = "1985-10-02"
SENTS = [
 ("Israeli F-15 bombers struck the headquarters of the Palestine Liberation Organization at Hammam Chott, near Tunis, on Tuesday, killing about 60 people.", ["ISR ATTACKS org:PLO"], ["ISR ATTACKS TUN"]),
 ("Yasser Arafat, who had left the compound shortly before the raid, was unhurt.", [], []),
 ("Israel said the raid was its answer to the killing of three Israelis aboard a yacht in Larnaca last week.", [], []),
 ("President Habib Bourguiba summoned the American ambassador and told him that Tunisia held Washington partly responsible.", ["person:habib-bourguiba CONDEMNS USA"], ["person:habib-bourguiba LEADS TUN", "TUN CONDEMNS USA"]),
 ("The White House first called the raid a legitimate response to terrorism, then said it was regrettable.", [], ["USA SUPPORTS ISR", "USA CONDEMNS ISR"]),
]
