DAY = "2007-05-02"
SENTS = [
 ("St Lucia restored diplomatic relations with Taiwan on Monday, ten years after the Caribbean island switched its recognition to Beijing.", [], ["LCA SUPPORTS TWN", "LCA SUPPORTS CHN"]),
 ("China suspended its relations with St Lucia in protest and withdrew its aid workers, who had been building a stadium and a psychiatric hospital on the island.", ["CHN CONDEMNS LCA"], ["CHN SANCTIONS LCA", "CHN SUPPORTS LCA"]),
 ("Prime Minister John Compton said his government wanted to be friends with everyone but could not turn down Taiwan's offer of aid.", [], ["person:john-compton LEADS LCA", "TWN SUPPORTS LCA"]),
 ("Taiwan's foreign minister, James Huang, flew to Castries to sign the agreement with his St Lucian counterpart.", ["person:james-huang MEETS LCA"], []),
 ("Beijing has accused Taipei of using chequebook diplomacy to buy recognition from small states in the Caribbean and Africa.", ["CHN CONDEMNS TWN"], []),
]
