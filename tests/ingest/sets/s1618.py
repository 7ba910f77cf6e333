DAY = "2024-12-28"
SENTS = [
 ("The United States imposed sanctions on Friday on Bidzina Ivanishvili, the billionaire founder of Georgia's ruling Georgian Dream party, accusing him of undermining the country's democracy for Russia's benefit.", ["USA SANCTIONS person:bidzina-ivanishvili"], ["USA CONDEMNS person:bidzina-ivanishvili"]),
 ("Ivanishvili dismissed the sanctions and said Washington was controlled by a global war party.", ["person:bidzina-ivanishvili CONDEMNS USA"], []),
 ("The European Union has already halted Georgia's accession process and suspended visa-free travel for Georgian diplomats.", ["org:EU SANCTIONS GEO"], []),
 ("Tens of thousands of protesters have rallied in Tbilisi every night since Prime Minister Irakli Kobakhidze froze talks on joining the bloc.", [], ["person:irakli-kobakhidze LEADS GEO"]),
 ("Britain and the Baltic states imposed travel bans on a dozen Georgian officials over the violent dispersal of protests.", ["GBR SANCTIONS GEO", "EST SANCTIONS GEO", "LVA SANCTIONS GEO", "LTU SANCTIONS GEO"], []),
]
