DAY = "1993-12-30"
SENTS = [
 ("Israel and the Vatican signed an agreement in Jerusalem on Thursday to establish full diplomatic relations, ending decades of mutual suspicion.", [], ["ISR SUPPORTS VAT", "VAT SUPPORTS ISR", "ISR MEETS VAT"]),
 ("Pope John Paul II said the accord was of great importance and expressed the hope of visiting the Holy Land.", [], ["person:john-paul-ii SUPPORTS ISR", "person:john-paul-ii LEADS VAT"]),
 ("Prime Minister Yitzhak Rabin welcomed the agreement, which had been negotiated for 17 months.", [], ["person:yitzhak-rabin LEADS ISR"]),
 ("The Holy See had withheld recognition since 1948, citing the unresolved status of Jerusalem and the plight of Palestinian refugees.", [], []),
 ("Arab governments, which had long urged the Vatican not to recognise Israel, said little.", [], []),
]
