DAY = "2025-03-03"
SENTS = [
 ("Keir Starmer hosted 18 leaders at Lancaster House on Sunday and announced a coalition of the willing to guarantee any ceasefire in Ukraine.", [], ["person:keir-starmer SUPPORTS UKR"]),
 ("Britain will lend Kyiv 1.6 billion pounds to buy more than 5,000 air defence missiles made in Belfast.", [], ["GBR SUPPORTS UKR", "GBR SUPPLIES_ARMS UKR"]),
 ("Canadian Prime Minister Justin Trudeau and NATO's Mark Rutte were among those who attended.", [], ["person:justin-trudeau LEADS CAN", "person:mark-rutte LEADS org:NATO"]),
 ("Turkey sent its foreign minister, Hakan Fidan.", [], ["TUR MEETS GBR"]),
 ("Italy's Giorgia Meloni warned against any split between Europe and the United States.", [], ["person:giorgia-meloni LEADS ITA"]),
]
