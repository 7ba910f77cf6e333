DAY = "2004-01-07"
SENTS = [
 ("Atal Bihari Vajpayee and Pervez Musharraf agreed on Tuesday to resume talks on all issues between India and Pakistan, including Kashmir, after meeting on the sidelines of a regional summit in Islamabad.", ["person:atal-bihari-vajpayee MEETS person:pervez-musharraf"], ["IND MEETS PAK", "person:atal-bihari-vajpayee MEETS PAK"]),
 ("In a joint statement Musharraf said he would not permit any territory under Pakistan's control to be used to support terrorism.", [], ["person:pervez-musharraf LEADS PAK"]),
 ("It was the Indian prime minister's first visit to Pakistan since a bus trip to Lahore in 1999.", [], ["person:atal-bihari-vajpayee MEETS PAK", "person:atal-bihari-vajpayee LEADS IND"]),
 ("The two countries came close to war in 2002 after an attack on India's parliament that New Delhi blamed on militants backed by Pakistan.", [], ["IND CONDEMNS PAK", "PAK SUPPORTS org:LET"]),
 ("Leaders of the seven South Asian countries also signed an agreement at the summit to create a free trade area by 2006.", [], []),
]
