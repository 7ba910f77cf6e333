DAY = "2008-03-25"
SENTS = [
 ("Comorian and African Union troops landed on the island of Anjouan before dawn on Tuesday to oust its rebel leader, Mohamed Bacar, who had defied the federal government for nearly a year.", [], ["org:AU DEPLOYS_TROOPS COM"]),
 ("Tanzania and Sudan contributed most of the 1,500 foreign troops, and Senegal and Libya provided logistical support.", [], ["TZA DEPLOYS_TROOPS COM", "SDN DEPLOYS_TROOPS COM", "SEN SUPPORTS COM", "LBY SUPPORTS COM"]),
 ("France, the former colonial power, flew Comorian soldiers from Mayotte to the main island of Grande Comore, officials said.", [], ["FRA SUPPORTS COM"]),
 ("The Comoros' President Ahmed Abdallah Sambi said the operation would restore the authority of the state.", ["person:ahmed-abdallah-sambi LEADS COM"], []),
 ("Bacar fled to Mayotte, a French island, and the Comoros asked France to hand him over.", [], []),
]
