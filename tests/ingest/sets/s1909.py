DAY = "2001-12-21"
SENTS = [
 ("India recalled its high commissioner from Islamabad on Friday and said it would cut rail and bus links with Pakistan, a week after gunmen stormed the parliament in New Delhi.", [], ["IND SANCTIONS PAK"]),
 ("New Delhi blames the attack on two Pakistan-based militant groups, Lashkar-e-Taiba and Jaish-e-Mohammed, and accuses Pakistan's spy agency of backing them.", ["IND CONDEMNS PAK"], []),
 ("Prime Minister Atal Bihari Vajpayee told parliament that India's patience was running out.", [], ["person:atal-bihari-vajpayee LEADS IND"]),
 ("Pakistan's President Pervez Musharraf condemned the attack and warned India against any military adventure.", ["person:pervez-musharraf LEADS PAK"], ["person:pervez-musharraf CONDEMNS IND"]),
 ("The United States froze the assets of Lashkar-e-Taiba on Thursday and urged both nuclear-armed neighbours to show restraint.", [], ["USA SANCTIONS org:LET"]),
 ("Both countries have moved troops and missiles towards their border.", [], []),
]
