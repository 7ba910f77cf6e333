DAY = "2023-11-06"
SENTS = [
 ("Anthony Albanese met Xi Jinping in Beijing on Monday, the first visit to China by an Australian prime minister since 2016.", ["person:anthony-albanese MEETS person:xi-jinping", "person:anthony-albanese MEETS CHN"], ["person:anthony-albanese LEADS AUS"]),
 ("Beijing has lifted most of the trade barriers it imposed on Australian barley, wine and coal in 2020.", [], ["CHN SANCTIONS AUS", "CHN TRADES_WITH AUS"]),
 ("China remains Australia's largest trading partner, buying about a third of its exports.", ["CHN TRADES_WITH AUS"], []),
 ("The relationship soured after Canberra called for an independent inquiry into the origins of Covid-19.", [], ["AUS CONDEMNS CHN"]),
 ("Albanese also raised the case of Australian writer Yang Hengjun, who is detained in China.", [], []),
]
