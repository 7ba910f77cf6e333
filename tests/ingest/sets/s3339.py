DAY = "1943-10-14"
SENTS = [
 ("Italy declared war on Germany on Wednesday, five weeks after its armistice with the Allies, and Marshal Badoglio said Italians would fight the Germans on every front.", ["ITA ATTACKS DEU"], ["person:pietro-badoglio LEADS ITA"]),
 ("London, Washington and Moscow recognised the Badoglio government as a co-belligerent in a joint statement.", ["GBR SUPPORTS ITA", "USA SUPPORTS ITA", "SUN SUPPORTS ITA"], ["person:pietro-badoglio LEADS ITA", "GBR SUPPORTS person:pietro-badoglio", "USA SUPPORTS person:pietro-badoglio", "SUN SUPPORTS person:pietro-badoglio"]),
 ("German divisions disarmed Italian units across the north and seized Rome after the armistice was announced.", ["DEU ATTACKS ITA"], ["DEU DEPLOYS_TROOPS ITA"]),
 ("Mussolini, freed from captivity by German paratroopers in September, heads a puppet republic in the north under German protection.", ["DEU SUPPORTS person:benito-mussolini"], ["DEU DEPLOYS_TROOPS ITA"]),
 ("The Italian fleet sailed to Malta and surrendered to the Royal Navy last month.", [], ["ITA MEETS GBR"]),
]
