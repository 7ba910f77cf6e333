DAY = "1956-05-17"
SENTS = [
 ("Egypt recognized Communist China on Wednesday, the first Arab country to do so, and withdrew its recognition of the Nationalist government on Formosa.", ["EGY SUPPORTS CHN"], []),
 ("The State Department called the move regrettable and said it would complicate American efforts to help Egypt build the Aswan High Dam.", [], ["USA CONDEMNS EGY", "USA SUPPORTS EGY"]),
 ("Premier Gamal Abdel Nasser bought Czechoslovak arms last year after Washington refused to sell him weapons.", ["CSK SUPPLIES_ARMS EGY"], ["person:gamal-abdel-nasser LEADS EGY"]),
 ("Peking is expected to send an ambassador to Cairo within weeks.", [], []),
]
