DAY = "1972-01-14"
SENTS = [
 ("Colonel Ignatius Acheampong seized power in Ghana on Thursday while Prime Minister Kofi Busia was in London for treatment of an eye ailment.", ["person:ignatius-kutu-acheampong LEADS GHA"], ["person:kofi-abrefa-busia LEADS GHA", "person:kofi-abrefa-busia MEETS GBR"]),
 ("The new National Redemption Council repudiated part of the debts Ghana owed to British firms.", [], []),
 ("The British Government said it would carry on with its aid programme for the time being.", [], ["GBR SUPPORTS GHA"]),
 ("Togo and the Ivory Coast shut their frontiers with Ghana.", [], ["TGO SANCTIONS GHA", "CIV SANCTIONS GHA"]),
]
