DAY = "2010-08-11"
SENTS = [
 ("Colombian President Juan Manuel Santos and Venezuela's Hugo Chavez agreed on Tuesday to restore diplomatic relations, three weeks after Caracas broke them off over accusations that it sheltered Colombian rebels.", ["person:juan-manuel-santos LEADS COL"], ["person:hugo-chavez LEADS VEN", "person:juan-manuel-santos MEETS person:hugo-chavez", "COL CONDEMNS VEN", "VEN SANCTIONS COL", "VEN SUPPORTS COL"]),
 ("The two leaders met for four hours at Simon Bolivar's estate in the Colombian city of Santa Marta, in Santos's first week in office.", [], ["person:juan-manuel-santos MEETS person:hugo-chavez", "person:hugo-chavez MEETS COL"]),
 ("Chavez promised that guerrillas would not be allowed to operate from Venezuelan territory and that his government would pay some $800 million that Venezuelan importers owed to Colombian exporters.", ["COL TRADES_WITH VEN"], []),
 ("Santos's predecessor, Alvaro Uribe, had accused Venezuela at the Organization of American States of harbouring about 1,500 FARC fighters in camps across the border.", ["person:alvaro-uribe CONDEMNS VEN"], ["VEN SUPPORTS org:FARC", "COL CONDEMNS VEN", "person:alvaro-uribe LEADS COL"]),
 ("Trade between the neighbours, worth $7 billion in 2008, fell by more than two-thirds after Chavez froze imports from Colombia last year.", ["VEN SANCTIONS COL"], ["person:hugo-chavez SANCTIONS COL", "COL TRADES_WITH VEN"]),
]
