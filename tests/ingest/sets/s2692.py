DAY = "1979-07-18"
SENTS = [
 ("General Anastasio Somoza Debayle resigned as president of Nicaragua before dawn on Tuesday and flew with his family to exile in Miami.", [], ["person:anastasio-somoza-debayle LEADS NIC", "person:anastasio-somoza LEADS NIC"]),
 ("The five members of the Sandinista-backed junta waited in San Jose, where President Rodrigo Carazo Odio of Costa Rica had let them set up a provisional government.", ["person:rodrigo-carazo-odio LEADS CRI"], ["person:rodrigo-carazo LEADS CRI"]),
 ("Venezuela and Panama had shipped rifles and ammunition to the guerrillas through Costa Rican airstrips, according to American intelligence officials.", [], []),
 ("The United States began flying emergency food and medicine to Managua on Friday, and the Carter administration said it would ask Congress for $75 million in aid to Nicaragua.", ["USA SUPPORTS NIC"], []),
]
