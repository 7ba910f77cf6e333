DAY = "2011-02-19"
SENTS = [
 ("The United States vetoed a Security Council resolution on Friday that would have condemned Israeli settlement building in the occupied West Bank as illegal.", ["USA VETOES ISR"], ["USA SUPPORTS ISR"]),
 ("The other 14 members of the council, including Britain, France and Germany, voted in favour of the draft, which was sponsored by more than 120 countries.", [], ["GBR CONDEMNS ISR", "FRA CONDEMNS ISR", "DEU CONDEMNS ISR", "GBR MEMBER_OF org:UNSC", "FRA MEMBER_OF org:UNSC", "DEU MEMBER_OF org:UNSC"]),
 ("US ambassador Susan Rice said Washington also opposed settlement activity but that the resolution risked hardening the positions of both sides.", [], ["USA CONDEMNS ISR"]),
 ("Palestinian officials condemned the veto and said they would take the issue to the General Assembly.", [], ["PSE CONDEMNS USA"]),
 ("It was the first veto cast by the Obama administration.", [], []),
]
