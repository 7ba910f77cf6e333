DAY = "2006-11-05"
SENTS = [
 ("Chinese President Hu Jintao pledged on Saturday to double aid to Africa and to provide $5 billion in loans and credits, as leaders from 48 African countries gathered in Beijing.", ["person:hu-jintao LEADS CHN"], []),
 ("China will also cancel debts owed by some of the poorest African states and build a new headquarters for the African Union.", [], ["CHN SUPPORTS org:AU"]),
 ("Trade between China and Africa has grown to about $50 billion a year, driven by China's appetite for oil from Angola and Sudan.", ["CHN TRADES_WITH AGO", "CHN TRADES_WITH SDN"], []),
 ("Western governments have criticised Beijing for supplying weapons to Sudan despite the violence in Darfur.", ["bloc:WEST CONDEMNS CHN", "CHN SUPPLIES_ARMS SDN"], []),
 ("Hu held talks with President Omar al-Bashir of Sudan on the sidelines.", ["person:hu-jintao MEETS person:omar-al-bashir", "person:omar-al-bashir LEADS SDN"], ["person:omar-al-bashir MEETS CHN"]),
 ("Only five African countries still recognise Taiwan.", [], []),
]
