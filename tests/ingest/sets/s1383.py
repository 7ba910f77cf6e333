DAY = "2024-01-12"
SENTS = [
 ("South Africa asked the International Court of Justice on Thursday to order Israel to halt its military operations in Gaza, accusing it of genocide.", ["ZAF CONDEMNS ISR"], []),
 ("Israel's lawyers told the court on Friday that the case was grossly distorted and that Hamas bore responsibility for the war.", ["ISR CONDEMNS org:HAMAS"], ["ISR CONDEMNS ZAF"]),
 ("The case has been backed by Turkey, Malaysia and Bolivia, among others.", [], ["TUR SUPPORTS ZAF", "MYS SUPPORTS ZAF", "BOL SUPPORTS ZAF", "TUR CONDEMNS ISR", "MYS CONDEMNS ISR", "BOL CONDEMNS ISR"]),
 ("Washington called the accusation meritless, while Germany said it would intervene on Israel's behalf.", [], ["USA CONDEMNS ZAF", "DEU SUPPORTS ISR", "USA SUPPORTS ISR"]),
 ("Namibia's president Hage Geingob criticised Germany for defending Israel, citing its own colonial-era genocide.", ["person:hage-geingob LEADS NAM", "person:hage-geingob CONDEMNS DEU", "DEU SUPPORTS ISR"], []),
]
