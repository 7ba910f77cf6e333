DAY = "2019-08-08"
SENTS = [
 ("Pakistan expelled India's high commissioner and suspended bilateral trade on Wednesday in protest at New Delhi's decision to revoke the special status of Indian-administered Kashmir.", ["PAK CONDEMNS IND"], ["PAK SANCTIONS IND", "PAK TRADES_WITH IND"]),
 ("Prime Minister Imran Khan said Pakistan would take the matter to the UN Security Council and warned that India's move could trigger a war.", ["person:imran-khan LEADS PAK"], ["person:imran-khan CONDEMNS IND"]),
 ("China, Pakistan's closest ally, also objected, saying the move undermined its sovereignty over Ladakh.", ["CHN ALLIED_WITH PAK"], ["CHN CONDEMNS IND"]),
 ("At Beijing's request, the Security Council held a closed-door meeting on Kashmir, its first on the dispute in decades.", [], []),
 ("Russia, which called the revocation India's internal matter, backed New Delhi at the Security Council.", ["RUS SUPPORTS IND"], []),
]
