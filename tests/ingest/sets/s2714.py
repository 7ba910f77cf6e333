DAY = "1987-11-12"
SENTS = [
 ("Arab leaders meeting in Amman agreed on Wednesday that each member of the Arab League may restore diplomatic relations with Egypt, ending an isolation imposed when Cairo made peace with Israel in 1979.", [], ["EGY MEMBER_OF org:ARAB_LEAGUE"]),
 ("Within hours the United Arab Emirates announced that it was resuming full ties with Cairo, and Iraq and Morocco were expected to follow.", [], ["ARE SUPPORTS EGY"]),
 ("Syria and Libya opposed the move, and President Hafez al-Assad left the summit early.", ["person:hafez-al-assad LEADS SYR"], []),
 ("The final statement condemned Iran for prolonging the war with Iraq and for occupying Iraqi territory.", [], ["org:ARAB_LEAGUE CONDEMNS IRN", "IRN ATTACKS IRQ"]),
]
