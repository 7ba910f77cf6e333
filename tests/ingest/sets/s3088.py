DAY = "2009-03-21"
SENTS = [
 ("The African Union suspended Madagascar on Friday, three days after Andry Rajoelina took power with the backing of the army, and called the change of government an unconstitutional seizure of power.", ["MDG MEMBER_OF org:AU", "org:AU CONDEMNS person:andry-rajoelina"], ["org:AU SANCTIONS MDG", "org:AU CONDEMNS MDG"]),
 ("Regional leaders of the Southern African Development Community declined to recognise Mr Rajoelina and warned that sanctions could follow.", [], ["org:SADC CONDEMNS person:andry-rajoelina", "org:SADC CONDEMNS MDG"]),
 ("The United States suspended all aid to Madagascar except humanitarian assistance, and Norway froze its own development programme.", [], ["USA SANCTIONS MDG", "NOR SANCTIONS MDG"]),
 ("France, the former colonial power, which has close ties with Mr Rajoelina, called for elections as soon as possible.", [], []),
 ("The ousted president, Marc Ravalomanana, said from Swaziland that he remained the country's elected leader.", [], ["person:marc-ravalomanana LEADS MDG"]),
]
