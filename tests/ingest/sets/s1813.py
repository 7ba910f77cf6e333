DAY = "2015-07-09"
SENTS = [
 ("Russia vetoed a British-drafted Security Council resolution on Wednesday that would have condemned the 1995 Srebrenica massacre as genocide.", [], ["RUS VETOES BIH"]),
 ("China, Nigeria, Angola and Venezuela abstained, and the remaining ten members voted in favour.", [], []),
 ("Moscow had called the text anti-Serb and said it would deepen divisions in Bosnia.", [], ["RUS CONDEMNS GBR"]),
 ("Serbian President Tomislav Nikolic thanked Russia, saying it had prevented an attempt to brand the whole Serb nation as genocidal.", ["person:tomislav-nikolic LEADS SRB"], ["person:tomislav-nikolic SUPPORTS RUS", "RUS SUPPORTS SRB"]),
 ("Britain's ambassador Matthew Rycroft said the veto was heartbreaking for the families of the victims.", [], ["GBR CONDEMNS RUS"]),
 ("Bosnian Serb forces killed about 8,000 Muslim men and boys after capturing the town in July 1995.", [], []),
]
