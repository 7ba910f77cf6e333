DAY = "2022-09-16"
SENTS = [
 ("Vladimir Putin acknowledged China's questions and concerns about the war in Ukraine when he met Xi Jinping on Thursday in Samarkand, Uzbekistan, at a summit of the Shanghai Cooperation Organisation.", ["person:vladimir-putin MEETS person:xi-jinping"], ["person:vladimir-putin MEETS UZB", "person:xi-jinping MEETS UZB", "RUS ATTACKS UKR"]),
 ("It was Xi's first trip abroad since the start of the pandemic, and he had stopped in Kazakhstan on the way.", ["person:xi-jinping MEETS KAZ"], []),
 ("India's prime minister, Narendra Modi, told Putin on Friday that today's era is not an era of war.", ["person:narendra-modi LEADS IND", "person:narendra-modi MEETS person:vladimir-putin"], []),
 ("Turkey's president, Recep Tayyip Erdogan, attended as a guest and held talks with Putin on grain exports from Ukrainian ports.", ["person:recep-tayyip-erdogan LEADS TUR", "person:recep-tayyip-erdogan MEETS person:vladimir-putin"], []),
 ("The SCO's members include China, Russia, India, Pakistan and four Central Asian states.", ["CHN MEMBER_OF org:SCO", "RUS MEMBER_OF org:SCO", "IND MEMBER_OF org:SCO", "PAK MEMBER_OF org:SCO"], []),
]
