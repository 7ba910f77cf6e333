DAY = "2025-10-10"
SENTS = [
 ("Vladimir Putin apologised to Ilham Aliyev for the downing of an Azerbaijan Airlines plane, which Russian air defences hit over Grozny last December.", [], ["person:vladimir-putin MEETS person:ilham-aliyev", "RUS ATTACKS AZE"]),
 ("The two presidents met on the sidelines of a summit of the Commonwealth of Independent States in Dushanbe.", ["person:vladimir-putin MEETS person:ilham-aliyev"], ["person:vladimir-putin MEETS TJK", "person:ilham-aliyev MEETS TJK"]),
 ("Thirty-eight people died when the Embraer jet crashed in Kazakhstan.", [], []),
 ("Baku had closed the Russian state news agency Sputnik's office and arrested several Russian citizens during the dispute.", [], ["AZE CONDEMNS RUS"]),
 ("Azerbaijan is not a member of the Collective Security Treaty Organization, which Armenia has frozen its participation in.", [], ["ARM MEMBER_OF org:CSTO"]),
]
