DAY = "2002-06-07"
SENTS = [
 ("US Deputy Secretary of State Richard Armitage met President Pervez Musharraf in Islamabad on Thursday and said Pakistan had promised a permanent end to infiltration across the Line of Control in Kashmir.", ["person:richard-armitage MEETS person:pervez-musharraf", "person:richard-armitage MEETS PAK"], ["person:pervez-musharraf LEADS PAK", "USA MEETS PAK"]),
 ("Armitage travelled on to New Delhi on Friday to brief Indian leaders.", ["person:richard-armitage MEETS IND"], []),
 ("India has massed about 700,000 troops along its border with Pakistan since an attack on its parliament in December, which it blamed on Pakistan-based militants.", [], ["IND CONDEMNS PAK"]),
 ("Britain and the United States have urged their citizens to leave both countries.", [], []),
 ("Russian President Vladimir Putin offered to mediate between Musharraf and Indian Prime Minister Atal Bihari Vajpayee at a summit in Kazakhstan this week.", ["person:vladimir-putin LEADS RUS", "person:atal-bihari-vajpayee LEADS IND"], ["person:vladimir-putin MEETS person:pervez-musharraf", "person:vladimir-putin MEETS person:atal-bihari-vajpayee", "person:pervez-musharraf MEETS person:atal-bihari-vajpayee", "person:vladimir-putin MEETS KAZ", "person:pervez-musharraf MEETS KAZ", "person:atal-bihari-vajpayee MEETS KAZ"]),
]
