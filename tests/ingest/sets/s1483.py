DAY = "2017-06-05"
SENTS = [
 ("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut diplomatic ties with Qatar on Monday, accusing Doha of supporting terrorism and of cosying up to Iran.", ["SAU CONDEMNS QAT", "ARE CONDEMNS QAT", "BHR CONDEMNS QAT", "EGY CONDEMNS QAT"], []),
 ("The four countries closed their airspace to Qatari planes and Saudi Arabia shut Qatar's only land border, in what amounted to a blockade of the small Gulf state.", [], ["SAU SANCTIONS QAT", "ARE SANCTIONS QAT", "BHR SANCTIONS QAT", "EGY SANCTIONS QAT"]),
 ("Turkey rushed food supplies to Qatar and its parliament fast-tracked a bill allowing more Turkish troops to be deployed at a base there.", ["TUR SUPPORTS QAT"], ["TUR DEPLOYS_TROOPS QAT"]),
 ("Iran opened its airspace to Qatari airlines and began exporting food to Doha by sea.", ["IRN TRADES_WITH QAT"], ["IRN SUPPORTS QAT"]),
 ("Donald Trump initially sided with the Saudis, claiming credit for the move on Twitter, although Qatar hosts the largest American air base in the region.", ["person:donald-trump SUPPORTS SAU", "USA DEPLOYS_TROOPS QAT"], []),
]
