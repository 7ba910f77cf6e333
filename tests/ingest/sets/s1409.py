DAY = "2021-05-19"
SENTS = [
 ("Spain sent troops to its North African enclave of Ceuta on Tuesday after about 8,000 migrants swam across from Morocco.", [], []),
 ("Madrid accused Rabat of using migrants to blackmail Spain over its decision to treat Polisario leader Brahim Ghali in a Spanish hospital.", ["ESP CONDEMNS MAR"], ["ESP SUPPORTS org:POLISARIO", "person:brahim-ghali LEADS org:POLISARIO"]),
 ("Morocco recalled its ambassador to Spain, saying the hospitalisation of Ghali was incompatible with good neighbourliness.", [], ["MAR CONDEMNS ESP"]),
 ("The European Union expressed solidarity with Spain and said Ceuta's border was a European border.", ["org:EU SUPPORTS ESP"], []),
 ("Morocco is Spain's biggest trading partner in Africa.", ["MAR TRADES_WITH ESP"], []),
]
