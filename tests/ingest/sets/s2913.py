DAY = "1950-01-07"
SENTS = [
 ("In a note to Peking on Friday, Britain accorded de jure recognition to the Central People's Government of China, and ended its relations with the Nationalist regime on Formosa.", ["GBR SUPPORTS CHN"], ["GBR SANCTIONS TWN"]),
 ("The British consul-general in Peking delivered the note to Chou En-lai, who is Foreign Minister as well as Premier.", [], ["GBR MEETS person:zhou-enlai"]),
 ("Within days Ceylon, Norway and Denmark are likely to do the same.", [], []),
 ("Nationalist officials in Taipei called the British decision a betrayal of a wartime ally.", ["TWN CONDEMNS GBR"], []),
 ("Officials in London explained that Britain wants above all to protect its trade with China through Hong Kong.", ["GBR TRADES_WITH CHN"], []),
]
