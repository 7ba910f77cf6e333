DAY = "2022-03-10"
SENTS = [
 ("Israeli President Isaac Herzog was welcomed by Recep Tayyip Erdogan in Ankara on Wednesday, the first visit by an Israeli head of state since 2007.", ["person:isaac-herzog LEADS ISR", "person:isaac-herzog MEETS person:recep-tayyip-erdogan", "person:isaac-herzog MEETS TUR"], []),
 ("Erdogan called the visit a turning point in relations and said the two countries could cooperate on energy.", [], []),
 ("Turkey had downgraded ties after Israeli commandos raided a Gaza-bound aid flotilla in 2010, killing ten Turkish activists.", [], ["TUR CONDEMNS ISR"]),
 ("Ankara still hosts officials of Hamas, which Israel and the United States regard as a terrorist group.", ["TUR SUPPORTS org:HAMAS", "ISR CONDEMNS org:HAMAS", "USA CONDEMNS org:HAMAS"], ["TUR MEETS org:HAMAS"]),
 ("Israel is one of Turkey's top export markets.", ["ISR TRADES_WITH TUR"], []),
]
