DAY = "2005-05-26"
SENTS = [
 ("Uzbek President Islam Karimov arrived in China on Wednesday for a state visit, two weeks after his troops fired on protesters in the eastern city of Andijan.", ["person:islam-karimov MEETS CHN", "person:islam-karimov LEADS UZB"], []),
 ("China's foreign ministry said Beijing firmly supported the Uzbek government's crackdown on what it called terrorist, separatist and extremist forces.", ["CHN SUPPORTS UZB"], []),
 ("Britain and the United States have called for an independent international inquiry into the killings, which witnesses say left hundreds dead.", [], ["GBR CONDEMNS UZB", "USA CONDEMNS UZB"]),
 ("Karimov has rejected the demand and says his troops fought Islamic militants who had stormed a prison.", [], []),
 ("Russia has also backed Karimov's account of the violence.", ["RUS SUPPORTS person:islam-karimov"], []),
]
