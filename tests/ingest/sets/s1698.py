DAY = "2019-01-24"
SENTS = [
 ("Venezuela's opposition leader Juan Guaido declared himself interim president on Wednesday, and Donald Trump immediately recognised him.", ["USA SUPPORTS person:juan-guaido"], ["person:juan-guaido LEADS VEN"]),
 ("Canada, Brazil, Colombia and most Latin American governments followed.", [], []),
 ("Nicolas Maduro broke off relations with the United States and gave American diplomats 72 hours to leave.", [], ["person:nicolas-maduro CONDEMNS USA"]),
 ("Russia, which has lent Caracas billions of dollars, said the move was a usurpation of power.", ["RUS SUPPORTS VEN"], ["RUS CONDEMNS person:juan-guaido"]),
 ("Turkey's Recep Tayyip Erdogan called Maduro to tell him: stand tall, brother Maduro, we are with you.", ["person:recep-tayyip-erdogan MEETS person:nicolas-maduro", "person:recep-tayyip-erdogan SUPPORTS person:nicolas-maduro"], ["person:recep-tayyip-erdogan LEADS TUR"]),
]
