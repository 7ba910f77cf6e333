DAY = "2012-01-30"
SENTS = [
 ("South Sudan has shut down its entire oil production, accusing Sudan of stealing $815 million worth of crude that flows through its pipelines to the Red Sea.", ["SSD CONDEMNS SDN"], ["SSD SANCTIONS SDN", "SDN TRADES_WITH SSD"]),
 ("Sudan admitted seizing some of the oil but said it was taking what it was owed in unpaid transit fees.", [], ["SDN TRADES_WITH SSD"]),
 ("President Salva Kiir told parliament that the south would build a new pipeline through Kenya to the port of Lamu.", [], ["person:salva-kiir LEADS SSD", "SSD TRADES_WITH KEN"]),
 ("Kiir and Sudan's Omar al-Bashir failed to reach a deal at talks brokered by the African Union in Addis Ababa on Friday.", ["person:omar-al-bashir MEETS person:salva-kiir"], ["person:omar-al-bashir LEADS SDN", "person:salva-kiir MEETS ETH", "person:omar-al-bashir MEETS ETH"]),
 ("China, which buys most of the oil from Sudan and South Sudan, sent a special envoy to Khartoum and Juba.", ["CHN TRADES_WITH SDN", "CHN TRADES_WITH SSD", "CHN MEETS SDN", "CHN MEETS SSD"], []),
]
