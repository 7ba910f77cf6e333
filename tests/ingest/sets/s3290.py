DAY = "1966-11-02"
SENTS = [
 ("Ghanaian police took Guinea's foreign minister and his delegation off an American airliner at Accra on Saturday as they flew to the summit of the Organization of African Unity in Addis Ababa.", [], ["GHA SANCTIONS GIN", "GHA CONDEMNS GIN"]),
 ("The military government in Accra said the Guineans would be held until Guinea freed the Ghanaians it has detained since the fall of Kwame Nkrumah.", [], ["GHA CONDEMNS GIN"]),
 ("President Sekou Toure blamed the United States, whose airline had carried the delegation, and put the American ambassador under house arrest in Conakry.", ["person:ahmed-sekou-toure CONDEMNS USA"], ["GIN CONDEMNS USA", "person:ahmed-sekou-toure LEADS GIN"]),
 ("Nkrumah, who was overthrown in February, has lived in Conakry since then as Toure's guest and nominal co-president.", ["GIN SUPPORTS person:kwame-nkrumah"], ["person:ahmed-sekou-toure SUPPORTS person:kwame-nkrumah"]),
 ("Emperor Haile Selassie, the summit's host, appealed to both governments to settle the quarrel.", [], ["person:haile-selassie LEADS ETH"]),
]
