DAY = "1947-07-03"
SENTS = [
 ("Vyacheslav Molotov walked out of the Paris conference on the Marshall plan on Wednesday, accusing the United States of using its aid to meddle in the internal affairs of European states.", ["person:vyacheslav-molotov CONDEMNS USA"], ["SUN CONDEMNS USA"]),
 ("Ernest Bevin and Georges Bidault said Britain and France would go ahead without Moscow and invite every European state to Paris.", [], ["person:ernest-bevin MEETS person:georges-bidault"]),
 ("The Soviet press accused Britain and France of splitting Europe into two camps.", [], ["SUN CONDEMNS GBR", "SUN CONDEMNS FRA"]),
 ("Warsaw and Prague, which had hoped to take part, now seem likely to stay away as well.", [], []),
]
