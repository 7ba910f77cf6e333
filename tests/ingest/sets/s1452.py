DAY = "2024-02-26"
SENTS = [
 ("Hungary's parliament ratified Sweden's bid to join NATO on Monday, removing the last obstacle to its membership.", [], ["HUN MEMBER_OF org:NATO", "HUN SUPPORTS SWE"]),
 ("Days earlier, Swedish Prime Minister Ulf Kristersson travelled to Budapest and met Viktor Orban.", ["person:ulf-kristersson LEADS SWE", "person:ulf-kristersson MEETS HUN", "person:ulf-kristersson MEETS person:viktor-orban"], []),
 ("The two leaders agreed that Hungary would buy four more Gripen fighter jets from Sweden.", ["SWE SUPPLIES_ARMS HUN"], []),
 ("Turkey had approved Sweden's accession in January after Stockholm tightened its anti-terror laws.", [], ["TUR MEMBER_OF org:NATO", "TUR SUPPORTS SWE"]),
 ("Finland joined the alliance last April.", ["FIN MEMBER_OF org:NATO"], []),
]
